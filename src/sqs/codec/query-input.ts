import { AwsError } from './errors.js';
import type { MemberRef, ServiceModel, Shape } from './model.js';

// Decodes an AWS query request's parameters into the typed input of its action, the inverse
// of botocore's QuerySerializer (serialize.py):
//
//   structure member   Prefix.Name            (Name = the member's query name or its own name)
//   list, flattened    Prefix.N               (Prefix's last part replaced by the member's
//                                              query name when the list names its member)
//   list               Prefix.member.N        (or Prefix.<memberName>.N)
//   map, flattened     Prefix.N.Name / Prefix.N.Value   (the map's key and value names)
//   map                Prefix.entry.N.key / Prefix.entry.N.value
//   empty list         Prefix=  (an empty value)
//
// Indexes are 1-based and read until the first missing one. Scalars: integers in decimal,
// booleans `true`/`false`, blobs in base64. The result uses the members' model names, the same
// object the JSON protocol decodes to.

export type Params = ReadonlyMap<string, string>;

export function decodeQueryInput(
  model: ServiceModel,
  shapeName: string,
  params: Params,
): Record<string, unknown> {
  const prefixes = new Set<string>();
  for (const key of params.keys()) {
    for (let i = key.indexOf('.'); i >= 0; i = key.indexOf('.', i + 1)) prefixes.add(key.slice(0, i));
  }
  const ctx = { model, params, prefixes };
  return decodeStructure(ctx, shapeName, '', true) ?? {};
}

interface Ctx {
  model: ServiceModel;
  params: Params;
  /** Every proper dotted prefix of a parameter name, to tell whether a nested value is present. */
  prefixes: Set<string>;
}

const join = (prefix: string, name: string) => (prefix === '' ? name : `${prefix}.${name}`);

function present(ctx: Ctx, prefix: string): boolean {
  return ctx.params.has(prefix) || ctx.prefixes.has(prefix);
}

function decodeStructure(
  ctx: Ctx,
  shapeName: string,
  prefix: string,
  top = false,
): Record<string, unknown> | undefined {
  const shape = ctx.model.shapes[shapeName] as Extract<Shape, { type: 'structure' }>;
  if (!top && !ctx.prefixes.has(prefix)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(shape.members)) {
    const v = decodeMember(ctx, ref, join(prefix, ref.queryName ?? name));
    if (v !== undefined) out[name] = v;
  }
  for (const r of shape.required) {
    if (out[r] === undefined)
      throw new AwsError(
        'MissingParameter',
        `The request must contain the parameter ${join(prefix, shape.members[r].queryName ?? r)}.`,
      );
  }
  return out;
}

function decodeMember(ctx: Ctx, ref: MemberRef, prefix: string): unknown {
  return decodeShape(ctx, ref.shape, prefix);
}

function decodeShape(ctx: Ctx, shapeName: string, prefix: string): unknown {
  const shape = ctx.model.shapes[shapeName];
  switch (shape.type) {
    case 'structure':
      return decodeStructure(ctx, shapeName, prefix);
    case 'list': {
      if (ctx.params.get(prefix) === '') return [];
      let listPrefix: string;
      if (shape.flattened) {
        listPrefix = shape.memberName === undefined ? prefix : replaceLast(prefix, shape.memberName);
      } else listPrefix = `${prefix}.${shape.memberName ?? 'member'}`;
      const out: unknown[] = [];
      for (let i = 1; present(ctx, `${listPrefix}.${i}`); i++)
        out.push(decodeShape(ctx, shape.member, `${listPrefix}.${i}`));
      return out.length === 0 ? undefined : out;
    }
    case 'map': {
      const base = shape.flattened ? prefix : `${prefix}.entry`;
      const keyName = shape.keyName ?? 'key';
      const valueName = shape.valueName ?? 'value';
      const out: Record<string, unknown> = {};
      let n = 0;
      for (let i = 1; present(ctx, `${base}.${i}`); i++, n++) {
        const key = ctx.params.get(`${base}.${i}.${keyName}`);
        if (key === undefined)
          throw new AwsError(
            'MissingParameter',
            `The request must contain the parameter ${base}.${i}.${keyName}.`,
          );
        out[key] = decodeShape(ctx, shape.value, `${base}.${i}.${valueName}`);
      }
      return n === 0 ? undefined : out;
    }
    default: {
      const text = ctx.params.get(prefix);
      if (text === undefined) return undefined;
      return scalar(shape.type, text, prefix);
    }
  }
}

function replaceLast(prefix: string, name: string): string {
  const dot = prefix.lastIndexOf('.');
  return dot < 0 ? name : `${prefix.slice(0, dot + 1)}${name}`;
}

function scalar(type: string, text: string, name: string): unknown {
  switch (type) {
    case 'integer':
    case 'long': {
      if (!/^[-+]?\d+$/.test(text))
        throw new AwsError(
          'InvalidParameterValue',
          `Value ${text} for parameter ${name} is invalid. Reason: must be an integer.`,
        );
      const n = Number(text);
      if (!Number.isSafeInteger(n))
        throw new AwsError(
          'InvalidParameterValue',
          `Value ${text} for parameter ${name} is invalid. Reason: out of range.`,
        );
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false')
        throw new AwsError(
          'InvalidParameterValue',
          `Value ${text} for parameter ${name} is invalid. Reason: must be true or false.`,
        );
      return text === 'true';
    case 'double':
    case 'float': {
      const n = Number(text);
      if (text.trim() === '' || Number.isNaN(n))
        throw new AwsError(
          'InvalidParameterValue',
          `Value ${text} for parameter ${name} is invalid. Reason: must be a number.`,
        );
      return n;
    }
    case 'blob':
      return decodeBase64(text, name);
    default:
      return text;
  }
}

export function decodeBase64(text: string, name: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new AwsError(
      'InvalidParameterValue',
      `Value for parameter ${name} is invalid. Reason: not valid base64.`,
    );
  }
  return Buffer.from(text, 'base64');
}
