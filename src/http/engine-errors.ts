// The engine's error family (src/broker/errors.ts) as management API answers: one exhaustive
// table, so a new engine code does not compile until the HTTP API answers it. RabbitMQ's
// management API answers a refused operation 400 with the engine's reason; a missing object 404
// with its fixed body; a broker fault 500; a refusal for want of disk space or descriptors 503.
import type { BrokerError, BrokerErrorCode } from '../broker/index.js';

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
}

const NOT_FOUND_BODY = { error: 'Object Not Found', reason: 'Not Found' };

const ENGINE_ANSWERS: Readonly<Record<BrokerErrorCode, readonly [number, string]>> = {
  NOT_FOUND: [404, 'Object Not Found'],
  RESOURCE_LOCKED: [400, 'bad_request'],
  PRECONDITION_FAILED: [400, 'bad_request'],
  ACCESS_REFUSED: [400, 'bad_request'],
  NOT_ALLOWED: [400, 'bad_request'],
  COMMAND_INVALID: [400, 'bad_request'],
  NOT_IMPLEMENTED: [400, 'bad_request'],
  INTERNAL_ERROR: [500, 'internal_error'],
  RESOURCE_ERROR: [503, 'service_unavailable'],
};

/** The status and JSON body an engine refusal is answered with. */
export function httpAnswerOf(err: BrokerError): HttpAnswer {
  const [status, error] = ENGINE_ANSWERS[err.code];
  if (err.code === 'NOT_FOUND') return { status, body: NOT_FOUND_BODY };
  return { status, body: { error, reason: err.message } };
}
