// The engine's view of a Kafka connection (SessionInfo), read on demand by the management API and
// metrics. Kafka has no channels; a connection shows as one session with none.
import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import type { KafkaConnection } from './connection.js';

export class KafkaSessionInfo implements SessionInfo {
  readonly protocol = 'Kafka';
  readonly frameMax = 0;
  readonly heartbeat = 0;
  readonly channelMax = 0;
  readonly state = 'running';

  constructor(private readonly conn: KafkaConnection) {}

  get id(): string {
    return this.conn.id;
  }
  get user(): string {
    return this.conn.user;
  }
  get vhost(): string {
    return this.conn.ctx.options.vhost;
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
    return {
      client_id: this.conn.clientId,
      ...(this.conn.clientSoftware ? { product: this.conn.clientSoftware } : {}),
    };
  }

  channels(): ChannelInfo[] {
    return [];
  }

  close(reason: string): void {
    this.conn.close(reason);
  }
}
