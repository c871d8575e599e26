// Engine errors carry a protocol-neutral code; each front maps it to its own wire
// code (AMQP: NOT_FOUND -> 404 ...). `connectionLevel` marks errors that end the whole
// session rather than one channel.
export type BrokerErrorCode =
  | 'NOT_FOUND'
  | 'RESOURCE_LOCKED'
  | 'PRECONDITION_FAILED'
  | 'ACCESS_REFUSED'
  | 'NOT_ALLOWED'
  | 'COMMAND_INVALID'
  | 'NOT_IMPLEMENTED'
  | 'INTERNAL_ERROR'
  | 'RESOURCE_ERROR';

export class BrokerError extends Error {
  constructor(
    readonly code: BrokerErrorCode,
    message: string,
    readonly connectionLevel = false,
  ) {
    super(message);
    this.name = 'BrokerError';
  }
}

export const notFound = (what: string, name: string, vhost: string) =>
  new BrokerError('NOT_FOUND', `no ${what} '${name}' in vhost '${vhost}'`);
