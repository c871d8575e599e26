#!/usr/bin/env node
// Generates src/amqp/codec/generated.ts from RabbitMQ's machine-readable AMQP 0-9-1 spec
// (amqp-rabbitmq-0.9.1.json): constants, reply codes, one args interface plus a decoder and
// an encoder per method, method metadata, and the basic content properties.
//
// Usage: node scripts/gen-amqp.mjs [spec.json] [--out file.ts]
//   spec.json defaults to ../shared/spec/amqp-rabbitmq-0.9.1.json relative to the repo root;
//   --out defaults to src/amqp/codec/generated.ts.
// Plain Node, no dependencies. The output is deterministic so a test can detect staleness.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let specPath = resolve(root, '../shared/spec/amqp-rabbitmq-0.9.1.json');
let outPath = resolve(root, 'src/amqp/codec/generated.ts');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') outPath = resolve(args[++i]);
  else specPath = resolve(args[i]);
}

const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const domains = new Map(spec.domains);

const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());
const upper = (s) => s.replace(/-/g, '_').toUpperCase();
const hex = (n, w) => `0x${n.toString(16).padStart(w, '0')}`;

function primitive(field) {
  let t = field.type ?? field.domain;
  // Domains can alias other domains; follow until a primitive (maps to itself).
  for (let i = 0; domains.has(t) && domains.get(t) !== t && i < 10; i++) t = domains.get(t);
  if (!domains.has(t)) throw new Error(`unknown type or domain ${t} in ${field.name}`);
  return t;
}

const TS_TYPE = {
  bit: 'boolean',
  octet: 'number',
  short: 'number',
  long: 'number',
  longlong: 'number',
  timestamp: 'number',
  shortstr: 'string',
  longstr: 'string',
  table: 'Record<string, unknown>',
};

const out = [];
const emit = (s = '') => out.push(s);

// ---- header ----
emit('// GENERATED FILE - DO NOT EDIT.');
emit('// Produced by scripts/gen-amqp.mjs from amqp-rabbitmq-0.9.1.json; run `npm run gen` to refresh.');
emit('// test/codec/generated.test.ts fails when this file is stale.');
emit('//');
emit('// The spec file carries this notice, kept here as its licence requires:');
emit('//');
for (const line of spec.copyright.join('').replace(/\n$/, '').split('\n')) emit(`// ${line}`.trimEnd());
emit('');
emit("import { CodecError, CodecErrorCode, undecodable } from './errors.js';");
emit("import { decodeTable, writeTable } from './field-table.js';");
emit("import type { Writer } from './writer.js';");
emit('');
emit('// Every module-level value here is immutable (numbers, frozen objects): several brokers');
emit('// may share this module in one process, so nothing in it may carry state.');
emit('');
emit('/** Deep-freezes a literal table (plain objects and arrays). */');
emit('function frozen<T>(o: T): T {');
emit("  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {");
emit('    for (const v of Object.values(o)) frozen(v);');
emit('    Object.freeze(o);');
emit('  }');
emit('  return o;');
emit('}');
emit('');
emit(
  `export const PROTOCOL_VERSION = frozen([${spec['major-version']}, ${spec['minor-version']}, ${spec.revision}] as const);`,
);
emit(`export const DEFAULT_PORT = ${spec.port};`);
emit('');

// ---- constants ----
const plain = spec.constants.filter((c) => !c.class && !c.name.startsWith('REPLY-'));
for (const c of plain) emit(`export const ${upper(c.name)} = ${c.value};`);
emit('');
const replies = spec.constants.filter((c) => c.class || c.name.startsWith('REPLY-'));
emit('/** Reply codes for connection.close / channel.close. */');
emit('export const ReplyCode = frozen({');
for (const c of replies) emit(`  ${upper(c.name)}: ${c.value},`);
emit('} as const);');
emit('export type ReplyCode = (typeof ReplyCode)[keyof typeof ReplyCode];');
emit('');
const soft = replies.filter((c) => c.class === 'soft-error').map((c) => c.value);
const hard = replies.filter((c) => c.class === 'hard-error').map((c) => c.value);
emit('/** Soft errors close the channel; hard errors close the connection. */');
emit('// Frozen arrays, not Sets: a Set stays mutable even when frozen.');
emit(`export const SOFT_ERRORS: readonly number[] = frozen([${soft.join(', ')}]);`);
emit(`export const HARD_ERRORS: readonly number[] = frozen([${hard.join(', ')}]);`);
emit('export function isHardError(code: number): boolean {');
emit('  return HARD_ERRORS.includes(code);');
emit('}');
emit('');

// ---- classes ----
emit('export const ClassId = frozen({');
for (const c of spec.classes) emit(`  ${upper(c.name)}: ${c.id},`);
emit('} as const);');
emit('');

const methods = [];
for (const c of spec.classes) {
  for (const m of c.methods) {
    const key = (c.id << 16) | m.id;
    methods.push({
      cls: c,
      m,
      key,
      constName: `${upper(c.name)}_${upper(m.name)}`,
      iface: `${pascal(c.name)}${pascal(m.name)}Args`,
      fn: `${pascal(c.name)}${pascal(m.name)}`,
      fields: m.arguments.map((a) => ({ name: a.name, prop: camel(a.name), type: primitive(a) })),
    });
  }
}

emit('// Method keys: (classId << 16) | methodId, one flat number to dispatch on.');
for (const x of methods) emit(`export const ${x.constName} = ${hex(x.key, 6)}; // ${x.cls.id}/${x.m.id}`);
emit('');

// ---- interfaces ----
for (const x of methods) {
  const sig = x.fields.map((f) => `${f.name} ${f.type}`).join(', ') || 'no arguments';
  emit(`/** ${x.cls.name}.${x.m.name} (${x.cls.id}/${x.m.id}): ${sig} */`);
  if (x.fields.length === 0) {
    emit(`export type ${x.iface} = Record<string, never>;`);
  } else {
    emit(`export interface ${x.iface} {`);
    for (const f of x.fields) {
      if (f.type === 'longstr')
        emit('  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */');
      emit(`  ${f.prop}: ${TS_TYPE[f.type]};`);
    }
    emit('}');
  }
}
emit('');
emit('/** Args type per method key, for typed encoders. */');
emit('export interface MethodArgsByKey {');
for (const x of methods) emit(`  [${x.constName}]: ${x.iface};`);
emit('}');
emit('export type MethodKey = keyof MethodArgsByKey;');
emit('export type MethodArgs = MethodArgsByKey[MethodKey];');
emit('');

// ---- metadata ----
emit('export interface MethodInfo {');
emit('  readonly classId: number;');
emit('  readonly methodId: number;');
emit('  /** e.g. basic.publish */');
emit('  readonly name: string;');
emit('  /** The method expects a reply (the spec marks it synchronous). */');
emit('  readonly synchronous: boolean;');
emit('  /** The method is followed by a content header and body frames. */');
emit('  readonly content: boolean;');
emit('  /** Arguments in wire order: camelCase name and primitive AMQP type. */');
emit('  readonly fields: readonly MethodField[];');
emit('}');
emit('');
emit('export interface MethodField {');
emit('  readonly name: string;');
emit(
  "  readonly type: 'bit' | 'octet' | 'short' | 'long' | 'longlong' | 'timestamp' | 'shortstr' | 'longstr' | 'table';",
);
emit('}');
emit('');
emit('export const METHOD_INFO: Readonly<Record<number, MethodInfo>> = frozen({');
for (const x of methods) {
  emit(
    `  [${x.constName}]: { classId: ${x.cls.id}, methodId: ${x.m.id}, name: '${x.cls.name}.${x.m.name}', ` +
      `synchronous: ${!!x.m.synchronous}, content: ${!!x.m.content},`,
  );
  emit(`    fields: [${x.fields.map((f) => `{ name: '${f.prop}', type: '${f.type}' }`).join(', ')}] },`);
}
emit('});');
emit('');
emit('export const METHOD_NAMES: Readonly<Record<number, string>> = frozen({');
for (const x of methods) emit(`  [${x.constName}]: '${x.cls.name}.${x.m.name}',`);
emit('});');
emit('');
emit('export function isSynchronous(key: number): boolean {');
emit('  switch (key) {');
for (const x of methods.filter((y) => y.m.synchronous)) emit(`    case ${x.constName}:`);
emit('      return true;');
emit('    default:');
emit('      return false;');
emit('  }');
emit('}');
emit('');
emit('export function hasContent(key: number): boolean {');
emit('  switch (key) {');
for (const x of methods.filter((y) => y.m.content)) emit(`    case ${x.constName}:`);
emit('      return true;');
emit('    default:');
emit('      return false;');
emit('  }');
emit('}');
emit('');

// ---- decoders ----
emit('// Decoders read args from b[o, end) (the method frame payload after class and method ids)');
emit('// and require the args to fill it exactly. They keep no state: the offset is a parameter.');
emit('// shortstr is UTF-8; longstr is a byte string (latin1: one char per byte, so binary SASL');
emit('// responses survive); longlong is a JS number.');
emit('const TWO_32 = 4294967296;');
emit('const EMPTY: Record<string, never> = Object.freeze({}) as Record<string, never>;');
emit('');
emit('function truncated(key: number): CodecError {');
// biome-ignore lint/suspicious/noTemplateCurlyInString: emits a TS template literal
emit('  return undecodable(`truncated ${METHOD_NAMES[key]}`, key >>> 16, key & 0xffff);');
emit('}');
emit('function trailing(key: number): CodecError {');
// biome-ignore lint/suspicious/noTemplateCurlyInString: emits a TS template literal
emit('  return undecodable(`trailing bytes after ${METHOD_NAMES[key]}`, key >>> 16, key & 0xffff);');
emit('}');
emit('');

/** Groups consecutive bits into octets (at most 8 per octet). */
function groups(fields) {
  const gs = [];
  for (const f of fields) {
    const last = gs[gs.length - 1];
    if (f.type === 'bit' && last?.bits && last.bits.length < 8) last.bits.push(f);
    else gs.push(f.type === 'bit' ? { bits: [f] } : { field: f });
  }
  return gs;
}

for (const x of methods) {
  const k = x.constName;
  if (x.fields.length === 0) {
    emit(`export function decode${x.fn}(_b: Buffer, o: number, end: number): ${x.iface} {`);
    emit(`  if (o !== end) throw trailing(${k});`);
    emit('  return EMPTY;');
    emit('}');
    continue;
  }
  emit(`export function decode${x.fn}(b: Buffer, o: number, end: number): ${x.iface} {`);
  const gs = groups(x.fields);
  if (gs.some((g) => g.field && ['shortstr', 'longstr', 'table'].includes(g.field.type)))
    emit('  let n = 0;');
  for (const g of gs) {
    if (g.bits) {
      emit(`  if (o + 1 > end) throw truncated(${k});`);
      for (const [i, f] of g.bits.entries()) emit(`  const f${pascal(f.name)} = (b[o] & ${1 << i}) !== 0;`);
      emit('  o += 1;');
      continue;
    }
    const f = g.field;
    const v = `f${pascal(f.name)}`;
    switch (f.type) {
      case 'octet':
        emit(`  if (o + 1 > end) throw truncated(${k});`);
        emit(`  const ${v} = b[o];`);
        emit('  o += 1;');
        break;
      case 'short':
        emit(`  if (o + 2 > end) throw truncated(${k});`);
        emit(`  const ${v} = b.readUInt16BE(o);`);
        emit('  o += 2;');
        break;
      case 'long':
        emit(`  if (o + 4 > end) throw truncated(${k});`);
        emit(`  const ${v} = b.readUInt32BE(o);`);
        emit('  o += 4;');
        break;
      case 'longlong':
      case 'timestamp':
        emit(`  if (o + 8 > end) throw truncated(${k});`);
        emit(`  const ${v} = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);`);
        emit('  o += 8;');
        break;
      case 'shortstr':
        emit(`  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(${k});`);
        emit(`  const ${v} = b.toString('utf8', o + 1, o + 1 + n);`);
        emit('  o += 1 + n;');
        break;
      case 'longstr':
        emit(`  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(${k});`);
        emit(`  const ${v} = b.toString('latin1', o + 4, o + 4 + n);`);
        emit('  o += 4 + n;');
        break;
      case 'table':
        emit(`  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(${k});`);
        emit(`  const ${v} = decodeTable(b, o + 4, n);`);
        emit('  o += 4 + n;');
        break;
      default:
        throw new Error(`unhandled type ${f.type}`);
    }
  }
  emit(`  if (o !== end) throw trailing(${k});`);
  emit(`  return { ${x.fields.map((f) => `${f.prop}: f${pascal(f.name)}`).join(', ')} };`);
  emit('}');
}
emit('');
emit('/** Decodes the args of a method; throws CodecError 540 for an unknown key, 502 for bad args. */');
emit('export function decodeMethod(key: number, b: Buffer, o: number, end: number): MethodArgs {');
emit('  switch (key) {');
for (const x of methods) {
  emit(`    case ${x.constName}:`);
  emit(`      return decode${x.fn}(b, o, end);`);
}
emit('    default:');
emit('      throw unknownMethod(key);');
emit('  }');
emit('}');
emit('');
emit('function unknownMethod(key: number): CodecError {');
emit('  const c = key >>> 16;');
emit('  const m = key & 0xffff;');
// biome-ignore lint/suspicious/noTemplateCurlyInString: emits a TS template literal
emit('  return new CodecError(CodecErrorCode.NOT_IMPLEMENTED, `unknown method ${c}/${m}`, c, m);');
emit('}');
emit('');

// ---- encoders ----
emit('// Encoders append args (not class and method ids) to a Writer. longstr args are byte');
emit('// strings (latin1), the inverse of the decoders.');
for (const x of methods) {
  if (x.fields.length === 0) {
    emit(`export function encode${x.fn}(_w: Writer, _a: ${x.iface}): void {}`);
    continue;
  }
  emit(`export function encode${x.fn}(w: Writer, a: ${x.iface}): void {`);
  for (const g of groups(x.fields)) {
    if (g.bits) {
      emit(`  w.u8(${g.bits.map((f, i) => `(a.${f.prop} ? ${1 << i} : 0)`).join(' | ')});`);
      continue;
    }
    const f = g.field;
    const call = {
      octet: 'w.u8',
      short: 'w.u16',
      long: 'w.u32',
      longlong: 'w.u64',
      timestamp: 'w.u64',
      shortstr: 'w.shortstr',
      longstr: 'w.longstrBytes',
    }[f.type];
    if (f.type === 'table') emit(`  writeTable(w, a.${f.prop});`);
    else emit(`  ${call}(a.${f.prop});`);
  }
  emit('}');
}
emit('');
emit('/** Encodes the args of a method; throws CodecError 540 for an unknown key. */');
emit('export function encodeMethod<K extends MethodKey>(w: Writer, key: K, args: MethodArgsByKey[K]): void;');
emit('export function encodeMethod(w: Writer, key: number, args: MethodArgs): void;');
emit('export function encodeMethod(w: Writer, key: number, args: MethodArgs): void {');
emit('  switch (key) {');
for (const x of methods) {
  emit(`    case ${x.constName}:`);
  emit(`      return encode${x.fn}(w, args as ${x.iface});`);
}
emit('    default:');
emit('      throw unknownMethod(key);');
emit('  }');
emit('}');
emit('');

// ---- basic properties ----
const basic = spec.classes.find((c) => c.name === 'basic');
if (basic.properties.length > 15) throw new Error('more than 15 properties needs flag continuation');
emit('// Content header property flags of class basic: the first property is bit 15 of the');
emit('// flags word, the next bit 14, and so on; bit 0 means another flags word follows.');
emit('export const BasicFlag = frozen({');
for (const [i, pr] of basic.properties.entries()) emit(`  ${upper(pr.name)}: ${hex(1 << (15 - i), 4)},`);
emit('} as const);');
emit('');
emit('/** The basic properties in wire order, with their camelCase name, type and flag bit. */');
emit('export const BASIC_PROPERTIES = frozen([');
for (const [i, pr] of basic.properties.entries()) {
  emit(`  { name: '${camel(pr.name)}', type: '${primitive(pr)}', flag: ${hex(1 << (15 - i), 4)} },`);
}
emit('] as const);');
emit('');
emit('/** Decoded basic properties; a property absent from the header is absent here. */');
emit('export interface BasicProperties {');
for (const pr of basic.properties) emit(`  ${camel(pr.name)}?: ${TS_TYPE[primitive(pr)]};`);
emit('}');
emit('');

const text = `${out.join('\n')}\n`;
writeFileSync(outPath, text);
