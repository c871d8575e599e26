import { splitInlineArgs } from './inline-args.js';
import {
  expectedDollar,
  protocolError,
  RespProtocolError,
  RespProtocolErrorCode as E,
} from './protocol-error.js';
import { parseRedisInt } from './redis-numbers.js';

// Incremental parser for what a Redis client sends (redis 7.0.15 src/networking.c):
//
//   multibulk = "*" count CR any-byte  ( "$" len CR any-byte  len*byte  2*any-byte ){count}
//   inline    = *(byte except LF) LF          (a CR before the LF is dropped)
//
// A command starting with '*' is multibulk, anything else inline. Like Redis, the byte after
// each CR and the two bytes after each bulk are skipped without being checked, a count <= 0 or
// an empty inline line is no command at all, and lengths are checked before anything is
// allocated for them. It reports each command to an injected handler and never acts (the
// nats.js parser model). Arguments wholly inside one pushed chunk are slices of it (so the
// caller must not reuse pushed buffers); an argument that straddles chunks is copied once into
// a buffer of its exact size. After a protocol error nothing more is parsed: the front sends
// `err.reply` and closes the connection.

export interface RespCommandHandler {
  /** One command: the name and its arguments. Never empty. */
  onCommand(args: Buffer[]): void;
  onProtocolError(err: RespProtocolError): void;
}

export interface RespParserOptions {
  /** Largest bulk argument (Redis's proto-max-bulk-len); default 512 MiB. */
  maxBulkLength?: number;
  /**
   * Most arguments in one multibulk command; default 1024 * 1024. Redis 6 refused more than
   * this; Redis 7 accepts up to INT_MAX, but every argument costs an object here, so the bound
   * stays where a huge count cannot exhaust memory before maxCommandBytes notices.
   */
  maxMultibulkLength?: number;
  /** Longest inline command and longest count line (PROTO_INLINE_MAX_SIZE); default 64 KiB. */
  maxInlineLength?: number;
  /** Most bytes one pending command may hold (client-query-buffer-limit); default 1 GiB. */
  maxCommandBytes?: number;
}

const enum State {
  Start,
  MultibulkCount,
  BulkHeader,
  BulkData,
  Inline,
  Stopped,
}

const CR = 0x0d;
const LF = 0x0a;
const STAR = 0x2a;
const DOLLAR = 0x24;
/** Per-argument overhead counted against maxCommandBytes, so that `$0` floods are bounded too. */
const ARG_OVERHEAD = 32;
/** Bulks larger than this are collected as chunks rather than preallocated. */
const BIG_BULK = 1024 * 1024;

export class RespRequestParser {
  /**
   * False until the client authenticates when the server requires it: Redis then refuses
   * more than 10 arguments and bulks over 16 KiB, so an anonymous peer cannot make it buffer.
   */
  authenticated = true;
  private readonly maxBulk: number;
  private readonly maxArgs: number;
  private readonly maxInline: number;
  private readonly maxCommandBytes: number;
  private state = State.Start;
  /** A line (count, bulk header or inline) that straddles chunks; null when none. */
  private partialLine: Buffer | null = null;
  /** The partial line ended with CR: the next byte (any byte) completes it. */
  private partialSawCr = false;
  private args: Buffer[] = [];
  private remaining = 0;
  private bulkLen = 0;
  /** A bulk (plus its 2 trailing bytes) that straddles chunks; null when none. */
  private bulk: Buffer | null = null;
  private bulkParts: Buffer[] | null = null;
  private bulkFilled = 0;
  private commandBytes = 0;
  private paused = false;
  private held: Buffer | null = null;

  constructor(
    private readonly handler: RespCommandHandler,
    options: RespParserOptions = {},
  ) {
    this.maxBulk = options.maxBulkLength ?? 512 * 1024 * 1024;
    this.maxArgs = options.maxMultibulkLength ?? 1024 * 1024;
    this.maxInline = options.maxInlineLength ?? 64 * 1024;
    this.maxCommandBytes = options.maxCommandBytes ?? 1024 * 1024 * 1024;
  }

  get stopped(): boolean {
    return this.state === State.Stopped;
  }

  /**
   * Stops reporting commands after the current one (a blocking command: Redis processes no
   * further input from a blocked client). Input pushed meanwhile is held until resume().
   */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    const held = this.held;
    this.held = null;
    if (held !== null) this.push(held);
  }

  push(chunk: Buffer): void {
    if (this.state === State.Stopped) return;
    if (this.paused) {
      this.held = this.held === null ? chunk : Buffer.concat([this.held, chunk]);
      return;
    }
    let pos = 0;
    const len = chunk.length;
    while (pos < len) {
      switch (this.state) {
        case State.Start:
          if (this.paused) {
            this.held = chunk.subarray(pos);
            return;
          }
          this.state = chunk[pos] === STAR ? State.MultibulkCount : State.Inline;
          this.commandBytes = 0;
          break;
        case State.MultibulkCount: {
          const end = this.crLine(chunk, pos, E.TOO_BIG_MBULK_COUNT);
          if (end < 0) return;
          pos = end;
          this.multibulkCount(this.lineBuf!, this.lineStart, this.lineEnd);
          this.lineBuf = null;
          break;
        }
        case State.BulkHeader: {
          const end = this.crLine(chunk, pos, E.TOO_BIG_BULK_COUNT);
          if (end < 0) return;
          pos = end;
          this.bulkHeader(this.lineBuf!, this.lineStart, this.lineEnd);
          this.lineBuf = null;
          break;
        }
        case State.BulkData:
          pos = this.bulkData(chunk, pos);
          break;
        case State.Inline: {
          const end = this.lfLine(chunk, pos);
          if (end < 0) return;
          const line = this.line!;
          pos = end;
          this.line = null;
          this.inline(line);
          break;
        }
        default:
          return; // Stopped
      }
    }
    if (this.paused && this.state === State.Start && pos < len) this.held = chunk.subarray(pos);
  }

  /** The inline line lfLine() completed. */
  private line: Buffer | null = null;
  /** The count or header line crLine() completed: bytes [lineStart, lineEnd) of lineBuf. */
  private lineBuf: Buffer | null = null;
  private lineStart = 0;
  private lineEnd = 0;

  /**
   * Reads a line ended by CR plus any one byte. Returns the position after it, with the line
   * (CR excluded) in lineBuf[lineStart, lineEnd) (no slice is made: this runs twice per argument),
   * or -1 when the chunk ended first (the start is kept).
   */
  private crLine(chunk: Buffer, pos: number, tooBig: E): number {
    if (this.partialSawCr) {
      this.partialSawCr = false;
      this.lineBuf = this.partialLine!;
      this.lineStart = 0;
      this.lineEnd = this.partialLine!.length - 1;
      this.partialLine = null;
      return pos + 1;
    }
    // Count and header lines are a few bytes: a loop beats indexOf's native call for them.
    let cr = -1;
    const len = chunk.length;
    const near = Math.min(len, pos + 24);
    for (let i = pos; i < near; i++) {
      if (chunk[i] === CR) {
        cr = i;
        break;
      }
    }
    if (cr < 0 && near < len) cr = chunk.indexOf(CR, near);
    if (cr < 0 || cr + 1 >= len) {
      const rest = chunk.subarray(pos);
      const partial = this.partialLine === null ? Buffer.from(rest) : Buffer.concat([this.partialLine, rest]);
      // Redis refuses only when no CR has come within the limit.
      if (cr < 0 && partial.length > this.maxInline) {
        this.fail(protocolError(tooBig));
        return -1;
      }
      this.partialLine = partial;
      this.partialSawCr = cr >= 0;
      return -1;
    }
    if (this.partialLine === null) {
      this.lineBuf = chunk;
      this.lineStart = pos;
      this.lineEnd = cr;
    } else {
      this.lineBuf = Buffer.concat([this.partialLine, chunk.subarray(pos, cr)]);
      this.lineStart = 0;
      this.lineEnd = this.lineBuf.length;
      this.partialLine = null;
    }
    return cr + 2;
  }

  /** Reads an inline line ended by LF; a CR before the LF is not part of it. */
  private lfLine(chunk: Buffer, pos: number): number {
    const lf = chunk.indexOf(LF, pos);
    if (lf < 0) {
      const rest = chunk.subarray(pos);
      const partial = this.partialLine === null ? Buffer.from(rest) : Buffer.concat([this.partialLine, rest]);
      if (partial.length > this.maxInline) {
        this.fail(protocolError(E.TOO_BIG_INLINE));
        return -1;
      }
      this.partialLine = partial;
      return -1;
    }
    const part = chunk.subarray(pos, lf);
    // Redis accepts a longer line when its LF arrives in the same read that crosses the limit;
    // refusing every longer line keeps the outcome independent of how TCP splits the input.
    if ((this.partialLine?.length ?? 0) + part.length > this.maxInline) {
      this.fail(protocolError(E.TOO_BIG_INLINE));
      return -1;
    }
    let line = this.partialLine === null ? part : Buffer.concat([this.partialLine, part]);
    this.partialLine = null;
    if (line.length > 0 && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1);
    this.line = line;
    return lf + 1;
  }

  private multibulkCount(line: Buffer, start: number, end: number): void {
    // The line starts with '*' (that is how the state was chosen).
    const n = parseRedisInt(line, start + 1, end);
    if (n === null || n > this.maxArgs) return this.fail(protocolError(E.INVALID_MULTIBULK_LENGTH));
    if (n > 10 && !this.authenticated) return this.fail(protocolError(E.UNAUTH_MULTIBULK_LENGTH));
    if (n <= 0) {
      this.state = State.Start;
      return;
    }
    this.remaining = n;
    this.args = [];
    this.commandBytes = end - start + 2;
    this.state = State.BulkHeader;
  }

  private bulkHeader(line: Buffer, start: number, end: number): void {
    if (end === start || line[start] !== DOLLAR)
      return this.fail(expectedDollar(end === start ? CR : line[start]));
    const n = parseRedisInt(line, start + 1, end);
    if (n === null || n < 0 || n > this.maxBulk) return this.fail(protocolError(E.INVALID_BULK_LENGTH));
    if (n > 16384 && !this.authenticated) return this.fail(protocolError(E.UNAUTH_BULK_LENGTH));
    this.commandBytes += end - start + 2 + n + 2 + ARG_OVERHEAD;
    if (this.commandBytes > this.maxCommandBytes) return this.fail(protocolError(E.QUERY_BUFFER_LIMIT));
    this.bulkLen = n;
    this.state = State.BulkData;
  }

  private bulkData(chunk: Buffer, pos: number): number {
    const need = this.bulkLen + 2;
    if (this.bulk === null && this.bulkParts === null) {
      if (chunk.length - pos >= need) {
        this.arg(chunk.subarray(pos, pos + this.bulkLen));
        return pos + need;
      }
      // Up to 1 MiB, one buffer of the exact size, filled in place. A larger bulk keeps the
      // chunks it arrives in and joins them once at the end, so a peer that announces 512 MiB
      // and sends two bytes costs two bytes, not 512 MiB.
      this.bulkFilled = 0;
      if (need <= BIG_BULK) this.bulk = Buffer.allocUnsafe(need);
      else this.bulkParts = [];
    }
    const n = Math.min(need - this.bulkFilled, chunk.length - pos);
    if (this.bulk !== null) chunk.copy(this.bulk, this.bulkFilled, pos, pos + n);
    else this.bulkParts!.push(chunk.subarray(pos, pos + n));
    this.bulkFilled += n;
    if (this.bulkFilled === need) {
      const whole = this.bulk ?? Buffer.concat(this.bulkParts!, need);
      this.bulk = null;
      this.bulkParts = null;
      this.arg(whole.subarray(0, this.bulkLen));
    }
    return pos + n;
  }

  private arg(value: Buffer): void {
    this.args.push(value);
    if (--this.remaining > 0) {
      this.state = State.BulkHeader;
      return;
    }
    // the next multibulk count makes the next command's array: one array per command
    const args = this.args;
    this.state = State.Start;
    this.handler.onCommand(args);
  }

  private inline(line: Buffer): void {
    const args = splitInlineArgs(line);
    if (args === null) return this.fail(protocolError(E.UNBALANCED_QUOTES));
    this.state = State.Start;
    if (args.length > 0) this.handler.onCommand(args);
  }

  private fail(err: RespProtocolError): void {
    this.state = State.Stopped;
    this.partialLine = null;
    this.bulk = null;
    this.bulkParts = null;
    this.args = [];
    this.held = null;
    this.handler.onProtocolError(err);
  }
}
