// A scenario's resources on one broker: its connections and the randomly named queues and
// exchanges it created, all closed and deleted when the scenario ends, pass or fail.
import type { Channel, ChannelModel, ConfirmChannel } from 'amqplib';
import {
  type CloseObservation,
  cleanup,
  closeQuietly,
  type Outcome,
  open,
  openChannel,
  outcome,
  withTimeout,
} from './amqp.js';
import { uniqueName } from './brokers.js';
import { connectionCloseIn, tapFrames } from './frames.js';

export interface ConnectionCloseObservation extends CloseObservation {
  scope: 'connection';
}

export class Session {
  private readonly conns: ChannelModel[] = [];
  private readonly queues: string[] = [];
  private readonly exchanges: string[] = [];

  constructor(readonly url: string) {}

  /** A fresh queue name, deleted at the end. */
  queue(prefix = 'q'): string {
    const name = uniqueName(`wharf-test-${prefix}`);
    this.queues.push(name);
    return name;
  }

  /** A fresh exchange name, deleted at the end. */
  exchange(prefix = 'x'): string {
    const name = uniqueName(`wharf-test-${prefix}`);
    this.exchanges.push(name);
    return name;
  }

  /** Remember a queue the test did not name through queue() (server-named) for deletion. */
  track(queue: string): string {
    this.queues.push(queue);
    return queue;
  }

  /** Remember an exchange named outside exchange() for deletion. */
  trackExchange(exchange: string): string {
    this.exchanges.push(exchange);
    return exchange;
  }

  async connection(): Promise<ChannelModel> {
    const conn = await open(this.url);
    this.conns.push(conn);
    return conn;
  }

  /** A channel on a new connection unless one is given. */
  async channel(conn?: ChannelModel): Promise<Channel> {
    return openChannel(conn ?? (await this.connection()));
  }

  async confirmChannel(conn?: ChannelModel): Promise<ConfirmChannel> {
    const ch = await (conn ?? (await this.connection())).createConfirmChannel();
    ch.on('error', () => {});
    return ch;
  }

  /** Runs op on a fresh channel of conn: 'ok', or the channel.close it caused. */
  async attempt(conn: ChannelModel, op: (ch: Channel) => unknown): Promise<Outcome> {
    const ch = await this.channel(conn);
    const result = await outcome(ch, () => op(ch));
    if (result === 'ok') await ch.close().catch(() => {});
    return result;
  }

  /**
   * Runs op on a channel of a new connection that op is expected to get closed. Resolves
   * with the connection.close (scope 'connection'), else what happened to the channel.
   */
  async connectionAttempt(op: (ch: Channel) => unknown): Promise<Outcome | ConnectionCloseObservation> {
    const conn = await this.connection();
    const frames = tapFrames(conn);
    const closed = new Promise<void>((resolve) => conn.once('close', () => resolve()));
    const ch = await this.channel(conn);
    let result: Outcome | undefined;
    try {
      result = await outcome(ch, () => op(ch));
    } catch {
      // "Channel ended, no reply will be forthcoming": the connection went away
    }
    if (result === 'ok') return result;
    await withTimeout(closed, 3000, 'connection.close from the server').catch(() => {});
    const close = connectionCloseIn(frames);
    if (close) return { scope: 'connection', ...close };
    return result ?? 'ok';
  }

  async close(): Promise<void> {
    for (const c of this.conns.splice(0)) await closeQuietly(c);
    if (this.queues.length || this.exchanges.length) {
      await cleanup(this.url, { queues: this.queues, exchanges: this.exchanges });
    }
  }
}

export async function withSession<T>(url: string, fn: (s: Session) => Promise<T>): Promise<T> {
  const s = new Session(url);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}
