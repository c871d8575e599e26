// The engine's view of a RESP connection (SessionInfo), so the management API, the dashboard and
// /metrics list Redis clients beside AMQP connections. Read on demand; nothing here runs per command.
import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import type { RespConnection } from './connection.js';

export class RespSessionInfo implements SessionInfo {
  readonly frameMax = 0;
  readonly heartbeat = 0;
  readonly channelMax = 0;
  readonly state = 'running';

  constructor(private readonly conn: RespConnection) {}

  get protocol(): string {
    return `RESP${this.conn.protocol}`;
  }
  get id(): string {
    return `resp-${this.conn.id}`;
  }
  get user(): string {
    return this.conn.user ?? '';
  }
  get vhost(): string {
    return this.conn.ctx.vhost;
  }
  get peerHost(): string {
    return this.conn.remoteAddress;
  }
  get peerPort(): number {
    return this.conn.remotePort;
  }
  get connectedAt(): number {
    return this.conn.connectedAt;
  }
  get clientProperties(): Record<string, unknown> {
    const c = this.conn;
    return {
      ...(c.name === '' ? {} : { connection_name: c.name }),
      ...(c.libName === '' ? {} : { product: c.libName }),
      ...(c.libVer === '' ? {} : { version: c.libVer }),
    };
  }

  channels(): ChannelInfo[] {
    return [];
  }

  close(_reason: string): void {
    this.conn.close();
  }
}
