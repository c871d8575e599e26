// Shared helpers for the client SDK tests: broker setup, polling, raw amqplib access for
// assertions that must not go through the SDK, and a TCP proxy that can cut every
// connection (a real network failure, for reconnect tests against either broker).
import { after } from 'node:test';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import amqp, { type Channel, type ChannelModel, type GetMessage } from 'amqplib';
import { brokersUnderTest, type BrokerUnderTest } from '../helpers/brokers.js';
import { type Client, type ClientOptions, connect } from '../../src/client/index.js';

/** Both brokers (Wharf spawned for this file, RabbitMQ when reachable), stopped after the file. */
export async function setupBrokers(): Promise<BrokerUnderTest[]> {
  const brokers = await brokersUnderTest();
  if (brokers.length < 2)
    console.log('# RabbitMQ not reachable on 127.0.0.1:5672: client tests run against Wharf only');
  after(async () => {
    for (const b of brokers) await b.stop();
  });
  return brokers;
}

/** A client that is closed after the test, whatever happens. */
export async function client(
  url: string | string[],
  t: { after(fn: () => unknown): void },
  options: ClientOptions = {},
): Promise<Client> {
  const c = await connect(url, { reconnect: { initialDelayMs: 50, maxDelayMs: 500 }, ...options });
  t.after(() => c.close({ deadlineMs: 1000 }));
  return c;
}

export async function waitFor(
  cond: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A plain amqplib connection and channel for looking at what the SDK did. */
export class Raw {
  private constructor(
    readonly url: string,
    readonly conn: ChannelModel,
    readonly ch: Channel,
  ) {}

  static async open(url: string, t: { after(fn: () => unknown): void }): Promise<Raw> {
    const conn = await amqp.connect(url);
    conn.on('error', () => {});
    const ch = await conn.createChannel();
    ch.on('error', () => {});
    const raw = new Raw(url, conn, ch);
    t.after(() => conn.close().catch(() => {}));
    return raw;
  }

  /** Waits for a message on `queue` (basic.get with ack). */
  async get(queue: string, timeoutMs = 10_000): Promise<GetMessage> {
    let msg: GetMessage | false = false;
    await waitFor(
      async () => {
        msg = await this.ch.get(queue, { noAck: true });
        return msg !== false;
      },
      timeoutMs,
      `a message on '${queue}'`,
    );
    return msg as unknown as GetMessage;
  }

  async count(queue: string): Promise<number> {
    return (await this.ch.checkQueue(queue)).messageCount;
  }

  /** Deletes queues/exchanges the test created (RabbitMQ keeps them across runs). */
  cleanup(t: { after(fn: () => unknown): void }, queues: string[], exchanges: string[] = []): void {
    t.after(async () => {
      const conn = await amqp.connect(this.url).catch(() => undefined);
      if (!conn) return;
      conn.on('error', () => {});
      for (const q of queues) {
        const ch = await conn.createChannel();
        ch.on('error', () => {});
        await ch.deleteQueue(q).catch(() => {});
        await ch.close().catch(() => {});
      }
      for (const e of exchanges) {
        const ch = await conn.createChannel();
        ch.on('error', () => {});
        await ch.deleteExchange(e).catch(() => {});
        await ch.close().catch(() => {});
      }
      await conn.close().catch(() => {});
    });
  }
}

export function raw(url: string, t: { after(fn: () => unknown): void }): Promise<Raw> {
  return Raw.open(url, t);
}

/**
 * A TCP proxy to the broker. `cut()` destroys every open connection (both sides see
 * a dropped socket); `pause()` refuses new connections until `resume()`.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private refusing = false;
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: string): Promise<TcpProxy> {
    const u = new URL(target);
    const host = u.hostname;
    const port = Number(u.port || 5672);
    // The connection handler needs the proxy object, which needs the listening server.
    const holder: { proxy?: TcpProxy } = {};
    const server = createServer((client) => {
      const proxy = holder.proxy;
      if (!proxy || proxy.refusing) {
        client.destroy();
        return;
      }
      const upstream = tcpConnect({ host, port });
      proxy.sockets.add(client);
      proxy.sockets.add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        proxy.sockets.delete(client);
        proxy.sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    if (!addr || typeof addr === 'string') throw new Error('proxy: no port');
    holder.proxy = new TcpProxy(server, addr.port);
    return holder.proxy;
  }

  /** The broker URL with the proxy's port. */
  url(target: string): string {
    const u = new URL(target);
    u.port = String(this.port);
    return u.toString();
  }

  cut(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  pause(): void {
    this.refusing = true;
  }

  resume(): void {
    this.refusing = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
