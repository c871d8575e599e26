// A minimal AMQP client over a raw socket, for tests that must send what no real client
// would (bad frames, wrong headers) and read exactly what the server answers.
import { connect, type Socket } from 'node:net';
import * as M from '../../src/amqp/codec/generated.js';
import { type FrameHandler, FrameParser, methodFrame } from '../../src/amqp/codec/index.js';
import { Arrivals } from '../helpers/arrivals.js';

export interface Received {
  channel: number;
  key: number;
  args: Record<string, unknown>;
}

export class RawClient {
  readonly methods: Received[] = [];
  readonly raw: Buffer[] = [];
  closed = false;
  private readonly arrivals = new Arrivals();
  private readonly parser: FrameParser;

  private constructor(readonly socket: Socket) {
    const handler: FrameHandler = {
      onProtocolHeader: () => {},
      onBadProtocolHeader: () => {},
      onMethod: (channel, key, args) => {
        this.methods.push({ channel, key, args: args as Record<string, unknown> });
        if (key === M.CONNECTION_CLOSE) this.send(methodFrame(0, M.CONNECTION_CLOSE_OK, {}));
        this.wake();
      },
      onHeader: () => {},
      onBody: () => {},
      onHeartbeat: () => {},
      onError: () => {},
    };
    this.parser = new FrameParser(handler, { expectProtocolHeader: false, frameMax: 0 });
    socket.on('data', (d: Buffer) => {
      this.raw.push(d);
      this.parser.push(d);
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => {});
  }

  static connect(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  private wake(): void {
    this.arrivals.wake();
  }

  send(buf: Buffer): void {
    if (!this.socket.destroyed) this.socket.write(buf);
  }

  /** Waits until `pred` holds (checked on every arrival), or fails after `ms`. */
  until(pred: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
    return this.arrivals.until(pred, ms, what);
  }

  async waitMethod(key: number, ms = 3000): Promise<Received> {
    await this.until(() => this.methods.some((m) => m.key === key), ms, M.METHOD_NAMES[key] ?? String(key));
    return this.methods.find((m) => m.key === key)!;
  }

  /** Runs the handshake as guest up to connection.open-ok. */
  async handshake(vhost = '/', heartbeat = 0): Promise<void> {
    this.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
    await this.waitMethod(M.CONNECTION_START);
    this.send(
      methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: {
          capabilities: { authentication_failure_close: true, consumer_cancel_notify: true },
        },
        mechanism: 'PLAIN',
        response: '\u0000guest\u0000guest',
        locale: 'en_US',
      }),
    );
    const tune = await this.waitMethod(M.CONNECTION_TUNE);
    this.send(
      methodFrame(0, M.CONNECTION_TUNE_OK, {
        channelMax: tune.args.channelMax as number,
        frameMax: tune.args.frameMax as number,
        heartbeat,
      }),
    );
    this.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: vhost, capabilities: '', insist: false }));
    await this.waitMethod(M.CONNECTION_OPEN_OK, 1000);
  }

  async openChannel(id: number): Promise<void> {
    this.send(methodFrame(id, M.CHANNEL_OPEN, { outOfBand: '' }));
    await this.until(() => this.methods.some((m) => m.key === M.CHANNEL_OPEN_OK && m.channel === id));
  }

  end(): void {
    this.socket.destroy();
  }
}

/** A frame with arbitrary type, channel and payload (and optionally a wrong frame-end). */
export function rawFrame(type: number, channel: number, payload: Buffer, end = 0xce): Buffer {
  const b = Buffer.alloc(8 + payload.length);
  b[0] = type;
  b.writeUInt16BE(channel, 1);
  b.writeUInt32BE(payload.length, 3);
  payload.copy(b, 7);
  b[7 + payload.length] = end;
  return b;
}
