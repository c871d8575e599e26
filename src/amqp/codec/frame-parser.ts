import { CodecError, CodecErrorCode } from './errors.js';
import {
  decodeMethod,
  FRAME_BODY,
  FRAME_END,
  FRAME_HEADER,
  FRAME_HEARTBEAT,
  FRAME_METHOD,
  FRAME_MIN_SIZE,
  type MethodArgs,
} from './generated.js';

// Incremental parser for the server side of an AMQP 0-9-1 connection:
//
//   protocol-header = "AMQP" %d0 %d0 %d9 %d1
//   frame           = type:octet channel:short size:long payload:size*octet %xCE
//   method payload  = class-id:short method-id:short args
//   header payload  = class-id:short weight:short body-size:longlong properties
//
// It decodes and reports to an injected handler; it never acts (the nats.js parser model).
// Frames wholly inside one chunk are reported as slices of that chunk; only a frame that
// straddles chunks is copied, once, into a buffer of its exact size. After an error the
// parser ignores all further input: the connection is about to close.

export interface FrameHandler {
  onProtocolHeader(): void;
  /** Anything but `AMQP 0 0 9 1`; the server should reply with its header and close. */
  onBadProtocolHeader(): void;
  /** key = (classId << 16) | methodId; args is the generated interface for that key. */
  onMethod(channel: number, key: number, args: MethodArgs): void;
  /** `properties` is a slice of the input: copy it if kept beyond the next push. */
  onHeader(channel: number, classId: number, bodySize: number, properties: Buffer): void;
  /** `payload` is a slice of the input: copy it if kept beyond the next push. */
  onBody(channel: number, payload: Buffer): void;
  onHeartbeat(channel: number): void;
  onError(err: CodecError, channel: number): void;
}

export interface FrameParserOptions {
  /** Expect the 8-byte protocol header first (default true; false for a client). */
  expectProtocolHeader?: boolean;
  /** Largest frame accepted, header and frame-end included (default FRAME_MIN_SIZE). */
  frameMax?: number;
}

const PROTOCOL_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]);
const FRAME_HEAD = 7; // type, channel, size
const TWO_32 = 4294967296;

enum State {
  ProtocolHeader,
  Frames,
  Stopped,
}

export class FrameParser {
  /**
   * Largest frame accepted, including its 8 bytes of framing; 0 means no limit. Starts at the
   * spec minimum (4096) because frames before connection.tune-ok must fit it; the connection
   * raises it to the negotiated frame-max.
   */
  frameMax: number;
  private state: State;
  /** Bytes of the protocol header or of a frame head (7 bytes) collected across chunks. */
  private readonly head = Buffer.allocUnsafe(8);
  private headLen = 0;
  /** A frame that straddles chunks, being filled; null when none. */
  private partial: Buffer | null = null;
  private partialLen = 0;
  private paused = false;
  /** Input held while paused. */
  private held: Buffer | null = null;

  constructor(
    private readonly handler: FrameHandler,
    options: FrameParserOptions = {},
  ) {
    this.state = options.expectProtocolHeader === false ? State.Frames : State.ProtocolHeader;
    this.frameMax = options.frameMax ?? FRAME_MIN_SIZE;
  }

  /** True once an error or a bad protocol header stopped the parser. */
  get stopped(): boolean {
    return this.state === State.Stopped;
  }

  /**
   * Stops reporting frames after the current one (call it from a handler callback, e.g. on
   * a memory alarm). Input pushed meanwhile is held, not parsed, until resume().
   */
  pause(): void {
    this.paused = true;
  }

  /** Parses held input, synchronously, then continues with later pushes. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    const held = this.held;
    this.held = null;
    if (held !== null) this.push(held);
  }

  /** Parses as much of `chunk` as possible, synchronously reporting each frame. */
  push(chunk: Buffer): void {
    if (this.paused) {
      this.held = this.held === null ? chunk : Buffer.concat([this.held, chunk]);
      return;
    }
    let pos = 0;
    const len = chunk.length;
    if (this.state === State.ProtocolHeader) pos = this.protocolHeader(chunk);
    if (this.partial !== null) pos = this.fillPartial(chunk, pos);
    else if (this.headLen > 0 && this.state === State.Frames) pos = this.fillHead(chunk, pos);
    // Whole frames inside this chunk: reported as slices, no copy.
    while (this.state === State.Frames && this.partial === null && !this.paused) {
      const avail = len - pos;
      if (avail < FRAME_HEAD) {
        if (avail > 0) {
          chunk.copy(this.head, this.headLen, pos, len);
          this.headLen += avail;
        }
        return;
      }
      const size = chunk.readUInt32BE(pos + 3);
      if (!this.checkSize(size, chunk.readUInt16BE(pos + 1))) return;
      const total = FRAME_HEAD + size + 1;
      if (avail < total) {
        this.startPartial(total, chunk, pos, len);
        return;
      }
      this.frame(chunk, pos, size);
      pos += total;
    }
    if (this.paused && pos < len && this.state !== State.Stopped) this.hold(chunk.subarray(pos));
  }

  private hold(rest: Buffer): void {
    this.held = this.held === null ? rest : Buffer.concat([rest, this.held]);
  }

  /** Matches the protocol header byte by byte; returns the position after what it used. */
  private protocolHeader(chunk: Buffer): number {
    let pos = 0;
    while (pos < chunk.length && this.headLen < 8) {
      // Fail on the first wrong byte: an HTTP request or TLS hello need not wait for 8 bytes.
      if (chunk[pos] !== PROTOCOL_HEADER[this.headLen]) {
        this.state = State.Stopped;
        this.handler.onBadProtocolHeader();
        return pos;
      }
      this.headLen++;
      pos++;
    }
    if (this.headLen === 8) {
      this.headLen = 0;
      this.state = State.Frames;
      this.handler.onProtocolHeader();
    }
    return pos;
  }

  /** Completes a frame head split across chunks, then the frame itself. */
  private fillHead(chunk: Buffer, pos: number): number {
    const n = Math.min(FRAME_HEAD - this.headLen, chunk.length - pos);
    chunk.copy(this.head, this.headLen, pos, pos + n);
    this.headLen += n;
    pos += n;
    if (this.headLen < FRAME_HEAD) return pos; // chunk used up
    this.headLen = 0;
    const size = this.head.readUInt32BE(3);
    if (!this.checkSize(size, this.head.readUInt16BE(1))) return pos;
    this.startPartial(FRAME_HEAD + size + 1, this.head, 0, FRAME_HEAD);
    return this.fillPartial(chunk, pos);
  }

  private startPartial(total: number, src: Buffer, start: number, end: number): void {
    this.partial = Buffer.allocUnsafe(total);
    this.partialLen = src.copy(this.partial, 0, start, end);
  }

  private fillPartial(chunk: Buffer, pos: number): number {
    const partial = this.partial!;
    const n = Math.min(partial.length - this.partialLen, chunk.length - pos);
    chunk.copy(partial, this.partialLen, pos, pos + n);
    this.partialLen += n;
    pos += n;
    if (this.partialLen === partial.length) {
      this.partial = null;
      this.partialLen = 0;
      this.frame(partial, 0, partial.length - FRAME_HEAD - 1);
    }
    return pos;
  }

  /** Rejects a frame larger than frameMax before buffering any of it. */
  private checkSize(size: number, channel: number): boolean {
    if (this.frameMax > 0 && size > this.frameMax - 8) {
      this.fail(
        new CodecError(CodecErrorCode.FRAME_ERROR, `frame size ${size} exceeds frame-max ${this.frameMax}`),
        channel,
      );
      return false;
    }
    return true;
  }

  /** Reports the frame whose head starts at `at` in `buf`; the whole frame is present. */
  private frame(buf: Buffer, at: number, size: number): void {
    const type = buf[at];
    const channel = buf.readUInt16BE(at + 1);
    const start = at + FRAME_HEAD;
    const end = start + size;
    if (buf[end] !== FRAME_END) {
      this.fail(new CodecError(CodecErrorCode.FRAME_ERROR, 'bad frame-end octet'), channel);
      return;
    }
    switch (type) {
      case FRAME_METHOD: {
        if (size < 4) {
          this.fail(new CodecError(CodecErrorCode.FRAME_ERROR, 'method frame too short'), channel);
          return;
        }
        const key = buf.readUInt32BE(start); // class-id and method-id read as one key
        let args: MethodArgs;
        try {
          args = decodeMethod(key, buf, start + 4, end);
        } catch (err) {
          this.fail(asCodecError(err, key), channel);
          return;
        }
        this.handler.onMethod(channel, key, args);
        return;
      }
      case FRAME_HEADER: {
        if (size < 14) {
          this.fail(new CodecError(CodecErrorCode.FRAME_ERROR, 'content header frame too short'), channel);
          return;
        }
        const hi = buf.readUInt32BE(start + 4);
        if (hi >= 0x200000) {
          this.fail(new CodecError(CodecErrorCode.SYNTAX_ERROR, 'body size beyond 2^53'), channel);
          return;
        }
        const bodySize = hi * TWO_32 + buf.readUInt32BE(start + 8);
        this.handler.onHeader(channel, buf.readUInt16BE(start), bodySize, buf.subarray(start + 12, end));
        return;
      }
      case FRAME_BODY:
        this.handler.onBody(channel, buf.subarray(start, end));
        return;
      case FRAME_HEARTBEAT:
        this.handler.onHeartbeat(channel);
        return;
      default:
        this.fail(new CodecError(CodecErrorCode.FRAME_ERROR, `unknown frame type ${type}`), channel);
    }
  }

  private fail(err: CodecError, channel: number): void {
    this.state = State.Stopped;
    this.partial = null;
    this.held = null;
    this.handler.onError(err, channel);
  }
}

/** Decoders throw CodecError; anything else (a RangeError from a bug) still becomes 502. */
function asCodecError(err: unknown, key: number): CodecError {
  if (err instanceof CodecError) {
    // Errors from nested decoders (field tables) don't know the method; channel.close wants it.
    return err.classId !== 0 ? err : new CodecError(err.replyCode, err.message, key >>> 16, key & 0xffff);
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new CodecError(CodecErrorCode.SYNTAX_ERROR, msg, key >>> 16, key & 0xffff);
}
