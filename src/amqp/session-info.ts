// The engine's view of an AMQP connection (SessionInfo), read on demand by management
// and metrics; nothing here runs per message.
import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import type { Connection } from './connection.js';
import { AmqpError } from './errors.js';

export class AmqpSessionInfo implements SessionInfo {
  readonly protocol = 'AMQP 0-9-1';

  constructor(private readonly conn: Connection) {}

  get id(): string {
    return this.conn.id;
  }
  get user(): string {
    return this.conn.user;
  }
  get vhost(): string {
    return this.conn.vhost?.name ?? '';
  }
  get peerHost(): string {
    return this.conn.socket.remoteAddress ?? '';
  }
  get peerPort(): number {
    return this.conn.socket.remotePort ?? 0;
  }
  get connectedAt(): number {
    return this.conn.connectedAt;
  }
  get clientProperties(): Record<string, unknown> {
    return this.conn.clientProperties;
  }
  get frameMax(): number {
    return this.conn.frameMax;
  }
  get heartbeat(): number {
    return this.conn.heartbeat;
  }
  get channelMax(): number {
    return this.conn.channelMax;
  }
  get state(): string {
    if (this.conn.blocked) return 'blocked';
    return this.conn.throttled ? 'flow' : 'running'; // flow: unconfirmed publishes over the limit
  }

  channels(): ChannelInfo[] {
    return [...this.conn.channels.values()].map((ch) => ch.info());
  }

  close(reason: string): void {
    this.conn.close(new AmqpError(320, `CONNECTION_FORCED - ${reason}`, true));
  }
}
