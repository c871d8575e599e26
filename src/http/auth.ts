// HTTP basic authentication against the broker's users, as RabbitMQ's management API.
import type { IncomingMessage } from 'node:http';
import type { Broker } from '../broker/index.js';

/** Returns the reason the request is refused, or undefined when its credentials are good. */
export function authenticate(broker: Broker, req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const m = header ? /^Basic\s+(\S+)\s*$/i.exec(header) : null;
  if (!m) return 'Not management user';
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'Not management user';
  return broker.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1), req.socket.remoteAddress);
}

export const CHALLENGE = { 'www-authenticate': 'Basic realm="Wharf"' };
