import { AwsError } from './errors.js';
import { decodeJsonInput } from './json-input.js';
import type { ServiceModel } from './model.js';
import { SNS_MODEL, SQS_MODEL } from './models.generated.js';
import { decodeQueryInput } from './query-input.js';

// Reads one HTTP request of either AWS protocol into a typed action input (as ElasticMQ tells
// them apart, AWSProtocolDirectives.scala): a Content-Type whose subtype starts with
// `x-amz-json` is AWS JSON 1.0 with the action in `X-Amz-Target: AmazonSQS.<Action>`; anything
// else is the query protocol, `Action=...&Version=...` form-encoded in the body (or the URL).
// SQS and SNS share the query endpoint: the Version parameter says which service is meant
// (their action names overlap: AddPermission, RemovePermission).

export type AwsProtocol = 'query' | 'json';

export interface HttpRequestParts {
  method: string;
  /** Path and query string as received (`/123/queue?Action=...`). */
  url: string;
  /** Lower-case header names, as Node gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

export interface Services {
  sqs: ServiceModel;
  sns?: ServiceModel;
}

export const DEFAULT_SERVICES: Services = { sqs: SQS_MODEL, sns: SNS_MODEL };

export type ParsedRequest =
  | {
      ok: true;
      protocol: AwsProtocol;
      service: 'sqs' | 'sns';
      model: ServiceModel;
      action: string;
      input: Record<string, unknown>;
    }
  | { ok: false; protocol: AwsProtocol; service: 'sqs' | 'sns'; model: ServiceModel; error: AwsError };

export function header(parts: HttpRequestParts, name: string): string | undefined {
  const v = parts.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function detectProtocol(parts: HttpRequestParts): AwsProtocol {
  // the subtype (after the first '/', before any ';') starts with x-amz-json, in any case
  const type = header(parts, 'content-type');
  if (type === undefined) return 'query';
  const slash = type.indexOf('/');
  const semi = type.indexOf(';');
  if (slash < 0 || (semi >= 0 && semi < slash)) return 'query';
  const end = semi < 0 ? type.length : semi;
  return end - slash > 10 && type.slice(slash + 1, slash + 11).toLowerCase() === 'x-amz-json'
    ? 'json'
    : 'query';
}

export function parseAwsRequest(
  parts: HttpRequestParts,
  services: Services = DEFAULT_SERVICES,
): ParsedRequest {
  const protocol = detectProtocol(parts);
  return protocol === 'json' ? parseJson(parts, services) : parseQuery(parts, services);
}

function parseJson(parts: HttpRequestParts, services: Services): ParsedRequest {
  const model = services.sqs;
  const fail = (error: AwsError): ParsedRequest => ({
    ok: false,
    protocol: 'json',
    service: 'sqs',
    model,
    error,
  });
  const target = header(parts, 'x-amz-target') ?? '';
  const dot = target.lastIndexOf('.');
  const action = target.slice(dot + 1);
  if (dot < 0 || target.slice(0, dot) !== model.targetPrefix || model.operations[action] === undefined) {
    return fail(
      new AwsError('UnknownOperationException', `Unknown operation ${target || '(no X-Amz-Target)'}`),
    );
  }
  let body: unknown;
  try {
    // The SDKs send `{}` for an input without members; an empty body means the same.
    body = parts.body.length === 0 ? {} : JSON.parse(parts.body.toString('utf8'));
  } catch {
    return fail(new AwsError('SerializationException', 'The request body is not valid JSON.'));
  }
  try {
    const op = model.operations[action];
    const input = op.input === undefined ? {} : decodeJsonInput(model, op.input, body);
    return { ok: true, protocol: 'json', service: 'sqs', model, action, input };
  } catch (err) {
    if (err instanceof AwsError) return fail(err);
    throw err;
  }
}

function parseQuery(parts: HttpRequestParts, services: Services): ParsedRequest {
  const params = new Map<string, string>();
  const q = parts.url.indexOf('?');
  if (q >= 0) for (const [k, v] of new URLSearchParams(parts.url.slice(q + 1))) params.set(k, v);
  if (parts.method === 'POST' && parts.body.length > 0) {
    for (const [k, v] of new URLSearchParams(parts.body.toString('utf8'))) params.set(k, v);
  }
  const action = params.get('Action');
  const version = params.get('Version');
  let service: 'sqs' | 'sns' = 'sqs';
  if (services.sns !== undefined) {
    if (version === services.sns.apiVersion) service = 'sns';
    else if (version !== services.sqs.apiVersion && action !== undefined) {
      if (services.sqs.operations[action] === undefined && services.sns.operations[action] !== undefined)
        service = 'sns';
    }
  }
  const model = service === 'sns' ? services.sns! : services.sqs;
  const fail = (error: AwsError): ParsedRequest => ({ ok: false, protocol: 'query', service, model, error });
  if (action === undefined)
    return fail(new AwsError('MissingAction', 'The request must contain the parameter Action.'));
  const op = model.operations[action];
  if (op === undefined)
    return fail(new AwsError('InvalidAction', `The action ${action} is not valid for this endpoint.`));
  try {
    const input = op.input === undefined ? {} : decodeQueryInput(model, op.input, params);
    return { ok: true, protocol: 'query', service, model, action, input };
  } catch (err) {
    if (err instanceof AwsError) return fail(err);
    throw err;
  }
}
