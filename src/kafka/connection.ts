// One Kafka client connection: frames in, requests decoded and handed to the API table, responses
// out in request order. Kafka promises that "requests will be processed in the order they are sent
// and responses will return in that order" on one connection; clients pipeline (librdkafka keeps up
// to five Produce requests in flight), so a request whose answer waits (a Produce with acks=all on
// its fsync, a Fetch long-polling, a JoinGroup waiting for the rebalance) holds back the replies
// behind it, never the processing of the requests behind it.
//
// Input that cannot be parsed closes this connection only, with a log line: Kafka has no reply
// for a request it cannot read.
import type { Socket } from 'node:net';
import { Access, type SessionInfo } from '../broker/index.js';
import {
  ApiKey,
  CodecErrorKind,
  FrameSplitter,
  KafkaCodecError,
  apiVersionsBody,
  decodeRequest,
  encodeResponse,
  kafkaErrorName,
  type AnyResponse,
  type KafkaRequest,
} from './codec/index.js';
import type { KafkaContext } from './context.js';
import { handlerFor } from './dispatch.js';
import { KafkaSessionInfo } from './session-info.js';
import { SaslState } from './sasl.js';

/** What a handler gives back: a body, or undefined for no reply at all (Produce with acks=0). */
export type Reply = AnyResponse | undefined;

interface Slot {
  /** bytes to send as they are instead of an encoded body (the SASL v0 token exchange) */
  raw?: Buffer;
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  done: boolean;
  body: Reply;
}

/** Requests waiting for their reply past which the socket is not read (resumed at half). */
const MAX_IN_FLIGHT = 128;
/** Bytes of unsent output past which the socket is not read until it drains. */
const WRITE_HIGH_WATER = 8 * 1024 * 1024;

export class KafkaConnection {
  readonly connectedAt = Date.now();
  readonly session: SessionInfo;
  readonly sasl: SaslState;
  /** the Wharf user this connection acts as ('' until known) */
  user = '';
  /** that user's permissions in the listener's vhost; undefined until the user is known */
  access: Access | undefined;
  clientId = '';
  clientSoftware = '';
  private readonly splitter: FrameSplitter;
  private readonly slots: Slot[] = [];
  private slotHead = 0;
  private corked = false;
  private paused = false;
  private closed = false;
  /** aborted when the connection goes away: parked long polls and group waits end with it */
  readonly gone = new AbortController();
  /** requests and bytes seen, for the management listing */
  requests = 0;

  constructor(
    readonly id: string,
    readonly socket: Socket,
    readonly ctx: KafkaContext,
  ) {
    this.splitter = new FrameSplitter((frame) => this.onFrame(frame), ctx.options.maxRequestBytes);
    this.session = new KafkaSessionInfo(this);
    this.sasl = new SaslState(this);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.destroy());
    socket.on('close', () => this.cleanup());
    socket.on('drain', () => this.maybeResume());
  }

  /** Registers the connection with the broker as `user` (vhost access, per-user connection limits). */
  attach(user: string): void {
    this.ctx.broker.openVhost(user, this.ctx.options.vhost);
    if (this.user !== '') this.ctx.broker.sessions.delete(this.session);
    this.user = user;
    this.access = new Access(user, this.ctx.options.vhost, this.ctx.broker.identity.permissions);
    this.ctx.broker.sessions.add(this.session);
  }

  get remote(): string {
    return `${this.socket.remoteAddress}:${this.socket.remotePort}`;
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    try {
      this.splitter.push(chunk);
    } catch (err) {
      this.fail(err);
    }
  }

  private onFrame(frame: Buffer): void {
    if (this.closed) return;
    if (this.sasl.awaitingRawToken) {
      // after SaslHandshake v0 the token comes as a bare frame with no request header, and its
      // answer goes back the same way
      const answer = this.sasl.rawToken(frame);
      if (answer === undefined) this.close('SASL authentication failed');
      else this.enqueueRaw(answer);
      return;
    }
    let req: KafkaRequest;
    try {
      req = decodeRequest(frame);
    } catch (err) {
      if (
        err instanceof KafkaCodecError &&
        err.kind === CodecErrorKind.UNSUPPORTED_VERSION &&
        err.apiKey === ApiKey.ApiVersions &&
        err.correlationId !== undefined
      ) {
        // a version newer than ours: answered as v0 with UNSUPPORTED_VERSION and our table, so the
        // client retries with a version both know (librdkafka, kafkajs)
        this.enqueue(ApiKey.ApiVersions, 0, err.correlationId, apiVersionsBody(35));
        return;
      }
      throw err;
    }
    this.requests++;
    const h = req.header;
    if (req.trailingBytes > 0)
      this.ctx.log.debug(
        { remote: this.remote, apiKey: h.apiKey },
        `Kafka request with ${req.trailingBytes} trailing bytes`,
      );
    if (h.clientId) this.clientId = h.clientId;
    if (!this.sasl.permits(h.apiKey)) {
      throw new KafkaCodecError(
        CodecErrorKind.MALFORMED,
        `request ${h.apiKey} before SASL authentication completed`,
      );
    }
    const handler = handlerFor(h.apiKey);
    const reply = handler(this, req);
    if (reply instanceof Promise) {
      const slot: Slot = {
        apiKey: h.apiKey,
        apiVersion: h.apiVersion,
        correlationId: h.correlationId,
        done: false,
        body: undefined,
      };
      this.slots.push(slot);
      if (this.slots.length - this.slotHead >= MAX_IN_FLIGHT) this.pause();
      reply.then(
        (body) => {
          slot.done = true;
          slot.body = body;
          this.flush();
        },
        (err) => this.fail(err),
      );
    } else {
      this.enqueue(h.apiKey, h.apiVersion, h.correlationId, reply);
    }
  }

  private enqueue(apiKey: number, apiVersion: number, correlationId: number, body: Reply): void {
    if (this.slotHead === this.slots.length) {
      if (body !== undefined) this.write(apiKey, apiVersion, correlationId, body);
      return;
    }
    this.slots.push({ apiKey, apiVersion, correlationId, done: true, body });
  }

  private enqueueRaw(token: Buffer): void {
    const frame = Buffer.allocUnsafe(4 + token.length);
    frame.writeInt32BE(token.length, 0);
    token.copy(frame, 4);
    if (this.slotHead === this.slots.length) this.writeRaw([frame]);
    else
      this.slots.push({
        raw: frame,
        apiKey: -1,
        apiVersion: 0,
        correlationId: 0,
        done: true,
        body: undefined,
      });
  }

  /** Sends the replies at the head of the queue that are ready, in request order. */
  private flush(): void {
    while (this.slotHead < this.slots.length && this.slots[this.slotHead].done) {
      const s = this.slots[this.slotHead++];
      if (s.raw) this.writeRaw([s.raw]);
      else if (s.body !== undefined) this.write(s.apiKey, s.apiVersion, s.correlationId, s.body);
    }
    if (this.slotHead === this.slots.length) {
      this.slots.length = 0;
      this.slotHead = 0;
    } else if (this.slotHead > 1024) {
      this.slots.splice(0, this.slotHead);
      this.slotHead = 0;
    }
    this.maybeResume();
  }

  private write(apiKey: number, apiVersion: number, correlationId: number, body: AnyResponse): void {
    if (this.closed) return;
    let chunks: Buffer[];
    try {
      chunks = encodeResponse(apiKey, apiVersion, correlationId, body);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.writeRaw(chunks);
  }

  /** Writes bytes as they are, corked until the end of this tick (one syscall for many replies). */
  writeRaw(chunks: readonly Buffer[]): void {
    if (this.closed) return;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(() => {
        this.corked = false;
        this.socket.uncork();
      });
    }
    for (const c of chunks) this.socket.write(c);
    if (this.socket.writableLength > WRITE_HIGH_WATER) this.pause();
  }

  private pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.socket.pause();
  }

  private maybeResume(): void {
    if (!this.paused || this.closed) return;
    if (this.slots.length - this.slotHead > MAX_IN_FLIGHT / 2) return;
    if (this.socket.writableLength > WRITE_HIGH_WATER / 2) return;
    this.paused = false;
    this.socket.resume();
  }

  /** Closes this connection after input it cannot handle; logs why, never throws. */
  fail(err: unknown): void {
    if (this.closed) return;
    if (err instanceof KafkaCodecError) {
      this.ctx.log.warn(
        { remote: this.remote, apiKey: err.apiKey, apiVersion: err.apiVersion, kind: err.kind },
        `closing Kafka connection: ${err.message}`,
      );
    } else {
      this.ctx.log.error({ remote: this.remote, err }, `closing Kafka connection after an internal error`);
    }
    this.destroy();
  }

  /** Ends the connection after the replies already written (management close, shutdown). */
  close(reason: string): void {
    if (this.closed) return;
    this.ctx.log.info({ remote: this.remote, reason }, 'closing Kafka connection');
    this.closed = true;
    this.socket.end();
    this.cleanup();
  }

  destroy(): void {
    this.closed = true;
    this.socket.destroy();
    this.cleanup();
  }

  private cleaned = false;
  private cleanup(): void {
    if (this.cleaned) return;
    this.cleaned = true;
    this.closed = true;
    this.gone.abort();
    this.ctx.connections.delete(this);
    this.ctx.broker.sessions.delete(this.session);
    this.ctx.onConnectionGone(this);
  }
}

/** Names an error code for log lines. */
export function errorLabel(code: number): string {
  return kafkaErrorName(code) ?? String(code);
}
