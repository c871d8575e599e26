import { AwsError, errorInfo } from './errors.js';
import type { ServiceModel, Shape } from './model.js';
import type { AwsProtocol } from './request.js';

// Writes an action's output, or an error, in the protocol the request came in:
//
//   query  <XResponse xmlns=ns><XResult>...</XResult><ResponseMetadata><RequestId>id
//          </RequestId></ResponseMetadata></XResponse>, members as botocore's QueryParser reads
//          them (flattened lists repeat the element; maps are <Attribute><Name/><Value/>...)
//          error: <ErrorResponse xmlns=ns><Error><Type>Sender</Type><Code>query code</Code>
//          <Message>...</Message><Detail/></Error><RequestId>id</RequestId></ErrorResponse>
//   json   the output object by member names, blobs in base64; error:
//          {"__type":"com.amazonaws.sqs#Name","message":"..."} with the query code in
//          `x-amzn-query-error: Code;Sender` (the awsQueryCompatible trait)

export interface HttpResponseParts {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function serializeOutput(
  protocol: AwsProtocol,
  model: ServiceModel,
  action: string,
  output: Record<string, unknown>,
  requestId: string,
): HttpResponseParts {
  const op = model.operations[action];
  if (op === undefined) throw new Error(`unknown action ${action}`);
  if (protocol === 'json') {
    const body = op.output === undefined ? {} : jsonValue(model, op.output, output);
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': requestId },
      body: Buffer.from(JSON.stringify(body)),
    };
  }
  let xml = `<?xml version="1.0"?><${action}Response xmlns="${model.xmlNamespace}">`;
  if (op.output !== undefined) {
    xml += `<${op.resultWrapper}>${xmlMembers(model, op.output, output)}</${op.resultWrapper}>`;
  }
  xml += `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${action}Response>`;
  return {
    status: 200,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: Buffer.from(xml),
  };
}

export function serializeError(
  protocol: AwsProtocol,
  model: ServiceModel,
  error: AwsError,
  requestId: string,
): HttpResponseParts {
  const info = errorInfo(model, error.code);
  const fault = info.senderFault ? 'Sender' : 'Receiver';
  if (protocol === 'json') {
    const namespace = model.jsonErrorNamespace ?? 'com.amazonaws';
    return {
      status: info.httpStatus,
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-requestid': requestId,
        'x-amzn-query-error': `${info.queryCode};${fault}`,
      },
      body: Buffer.from(JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message })),
    };
  }
  const xml =
    `<?xml version="1.0"?><ErrorResponse xmlns="${model.xmlNamespace}"><Error><Type>${fault}</Type>` +
    `<Code>${escapeXml(info.queryCode)}</Code><Message>${escapeXml(error.message)}</Message><Detail/></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`;
  return {
    status: info.httpStatus,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: Buffer.from(xml),
  };
}

/** XML text: markup characters escaped, and CR kept as a reference (a parser would fold it). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#xD;',
  );
}

function xmlMembers(model: ServiceModel, shapeName: string, value: Record<string, unknown>): string {
  const shape = model.shapes[shapeName] as Extract<Shape, { type: 'structure' }>;
  let out = '';
  for (const [name, ref] of Object.entries(shape.members)) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const member = model.shapes[ref.shape];
    // botocore's _member_key_name: a flattened list that names its member uses that name.
    const tag =
      member.type === 'list' && member.flattened && member.memberName !== undefined
        ? member.memberName
        : (ref.queryName ?? name);
    out += xmlValue(model, ref.shape, v, tag);
  }
  return out;
}

function xmlValue(model: ServiceModel, shapeName: string, v: unknown, tag: string): string {
  const shape = model.shapes[shapeName];
  switch (shape.type) {
    case 'structure':
      return `<${tag}>${xmlMembers(model, shapeName, v as Record<string, unknown>)}</${tag}>`;
    case 'list': {
      const items = v as unknown[];
      if (shape.flattened) return items.map((x) => xmlValue(model, shape.member, x, tag)).join('');
      const member = shape.memberName ?? 'member';
      return `<${tag}>${items.map((x) => xmlValue(model, shape.member, x, member)).join('')}</${tag}>`;
    }
    case 'map': {
      const k = shape.keyName ?? 'key';
      const val = shape.valueName ?? 'value';
      const entries = Object.entries(v as Record<string, unknown>).map(
        ([key, x]) => `${xmlValue(model, shape.key, key, k)}${xmlValue(model, shape.value, x, val)}`,
      );
      if (shape.flattened) return entries.map((e) => `<${tag}>${e}</${tag}>`).join('');
      return `<${tag}>${entries.map((e) => `<entry>${e}</entry>`).join('')}</${tag}>`;
    }
    default:
      return `<${tag}>${escapeXml(scalarText(shape.type, v))}</${tag}>`;
  }
}

function scalarText(type: string, v: unknown): string {
  if (type === 'blob') return (v as Buffer).toString('base64');
  if (type === 'timestamp') return (v instanceof Date ? v : new Date(v as number)).toISOString();
  return String(v);
}

function jsonValue(model: ServiceModel, shapeName: string, v: unknown): unknown {
  const shape = model.shapes[shapeName];
  switch (shape.type) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      const src = v as Record<string, unknown>;
      for (const [name, ref] of Object.entries(shape.members)) {
        const x = src[name];
        if (x !== undefined && x !== null) out[name] = jsonValue(model, ref.shape, x);
      }
      return out;
    }
    case 'list':
      return (v as unknown[]).map((x) => jsonValue(model, shape.member, x));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>))
        out[k] = jsonValue(model, shape.value, x);
      return out;
    }
    case 'blob':
      return (v as Buffer).toString('base64');
    case 'timestamp':
      return (v instanceof Date ? v.getTime() : (v as number)) / 1000;
    default:
      return v;
  }
}
