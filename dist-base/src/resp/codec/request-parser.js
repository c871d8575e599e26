import { splitInlineArgs } from './inline-args.js';
import { expectedDollar, protocolError, RespProtocolErrorCode as E, } from './protocol-error.js';
import { parseRedisInt } from './redis-numbers.js';
const CR = 0x0d;
const LF = 0x0a;
const STAR = 0x2a;
const DOLLAR = 0x24;
/** Per-argument overhead counted against maxCommandBytes, so that `$0` floods are bounded too. */
const ARG_OVERHEAD = 32;
/** Bulks larger than this are collected as chunks rather than preallocated. */
const BIG_BULK = 1024 * 1024;
export class RespRequestParser {
    handler;
    /**
     * False until the client authenticates when the server requires it: Redis then refuses
     * more than 10 arguments and bulks over 16 KiB, so an anonymous peer cannot make it buffer.
     */
    authenticated = true;
    maxBulk;
    maxArgs;
    maxInline;
    maxCommandBytes;
    state = 0 /* State.Start */;
    /** A line (count, bulk header or inline) that straddles chunks; null when none. */
    partialLine = null;
    /** The partial line ended with CR: the next byte (any byte) completes it. */
    partialSawCr = false;
    args = [];
    remaining = 0;
    bulkLen = 0;
    /** A bulk (plus its 2 trailing bytes) that straddles chunks; null when none. */
    bulk = null;
    bulkParts = null;
    bulkFilled = 0;
    commandBytes = 0;
    paused = false;
    held = null;
    constructor(handler, options = {}) {
        this.handler = handler;
        this.maxBulk = options.maxBulkLength ?? 512 * 1024 * 1024;
        this.maxArgs = options.maxMultibulkLength ?? 1024 * 1024;
        this.maxInline = options.maxInlineLength ?? 64 * 1024;
        this.maxCommandBytes = options.maxCommandBytes ?? 1024 * 1024 * 1024;
    }
    get stopped() {
        return this.state === 5 /* State.Stopped */;
    }
    /**
     * Stops reporting commands after the current one (a blocking command: Redis processes no
     * further input from a blocked client). Input pushed meanwhile is held until resume().
     */
    pause() {
        this.paused = true;
    }
    resume() {
        if (!this.paused)
            return;
        this.paused = false;
        const held = this.held;
        this.held = null;
        if (held !== null)
            this.push(held);
    }
    push(chunk) {
        if (this.state === 5 /* State.Stopped */)
            return;
        if (this.paused) {
            this.held = this.held === null ? chunk : Buffer.concat([this.held, chunk]);
            return;
        }
        let pos = 0;
        const len = chunk.length;
        while (pos < len) {
            switch (this.state) {
                case 0 /* State.Start */:
                    if (this.paused) {
                        this.held = chunk.subarray(pos);
                        return;
                    }
                    this.state = chunk[pos] === STAR ? 1 /* State.MultibulkCount */ : 4 /* State.Inline */;
                    this.commandBytes = 0;
                    break;
                case 1 /* State.MultibulkCount */: {
                    const end = this.crLine(chunk, pos, E.TOO_BIG_MBULK_COUNT);
                    if (end < 0)
                        return;
                    pos = end;
                    this.multibulkCount(this.lineBuf, this.lineStart, this.lineEnd);
                    this.lineBuf = null;
                    break;
                }
                case 2 /* State.BulkHeader */: {
                    const end = this.crLine(chunk, pos, E.TOO_BIG_BULK_COUNT);
                    if (end < 0)
                        return;
                    pos = end;
                    this.bulkHeader(this.lineBuf, this.lineStart, this.lineEnd);
                    this.lineBuf = null;
                    break;
                }
                case 3 /* State.BulkData */:
                    pos = this.bulkData(chunk, pos);
                    break;
                case 4 /* State.Inline */: {
                    const end = this.lfLine(chunk, pos);
                    if (end < 0)
                        return;
                    const line = this.line;
                    pos = end;
                    this.line = null;
                    this.inline(line);
                    break;
                }
                default:
                    return; // Stopped
            }
        }
        if (this.paused && this.state === 0 /* State.Start */ && pos < len)
            this.held = chunk.subarray(pos);
    }
    /** The inline line lfLine() completed. */
    line = null;
    /** The count or header line crLine() completed: bytes [lineStart, lineEnd) of lineBuf. */
    lineBuf = null;
    lineStart = 0;
    lineEnd = 0;
    /**
     * Reads a line ended by CR plus any one byte. Returns the position after it, with the line
     * (CR excluded) in lineBuf[lineStart, lineEnd) (no slice is made: this runs twice per argument),
     * or -1 when the chunk ended first (the start is kept).
     */
    crLine(chunk, pos, tooBig) {
        if (this.partialSawCr) {
            this.partialSawCr = false;
            this.lineBuf = this.partialLine;
            this.lineStart = 0;
            this.lineEnd = this.partialLine.length - 1;
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
        if (cr < 0 && near < len)
            cr = chunk.indexOf(CR, near);
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
        }
        else {
            this.lineBuf = Buffer.concat([this.partialLine, chunk.subarray(pos, cr)]);
            this.lineStart = 0;
            this.lineEnd = this.lineBuf.length;
            this.partialLine = null;
        }
        return cr + 2;
    }
    /** Reads an inline line ended by LF; a CR before the LF is not part of it. */
    lfLine(chunk, pos) {
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
        if (line.length > 0 && line[line.length - 1] === CR)
            line = line.subarray(0, line.length - 1);
        this.line = line;
        return lf + 1;
    }
    multibulkCount(line, start, end) {
        // The line starts with '*' (that is how the state was chosen).
        const n = parseRedisInt(line, start + 1, end);
        if (n === null || n > this.maxArgs)
            return this.fail(protocolError(E.INVALID_MULTIBULK_LENGTH));
        if (n > 10 && !this.authenticated)
            return this.fail(protocolError(E.UNAUTH_MULTIBULK_LENGTH));
        if (n <= 0) {
            this.state = 0 /* State.Start */;
            return;
        }
        this.remaining = n;
        this.args = [];
        this.commandBytes = end - start + 2;
        this.state = 2 /* State.BulkHeader */;
    }
    bulkHeader(line, start, end) {
        if (end === start || line[start] !== DOLLAR)
            return this.fail(expectedDollar(end === start ? CR : line[start]));
        const n = parseRedisInt(line, start + 1, end);
        if (n === null || n < 0 || n > this.maxBulk)
            return this.fail(protocolError(E.INVALID_BULK_LENGTH));
        if (n > 16384 && !this.authenticated)
            return this.fail(protocolError(E.UNAUTH_BULK_LENGTH));
        this.commandBytes += end - start + 2 + n + 2 + ARG_OVERHEAD;
        if (this.commandBytes > this.maxCommandBytes)
            return this.fail(protocolError(E.QUERY_BUFFER_LIMIT));
        this.bulkLen = n;
        this.state = 3 /* State.BulkData */;
    }
    bulkData(chunk, pos) {
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
            if (need <= BIG_BULK)
                this.bulk = Buffer.allocUnsafe(need);
            else
                this.bulkParts = [];
        }
        const n = Math.min(need - this.bulkFilled, chunk.length - pos);
        if (this.bulk !== null)
            chunk.copy(this.bulk, this.bulkFilled, pos, pos + n);
        else
            this.bulkParts.push(chunk.subarray(pos, pos + n));
        this.bulkFilled += n;
        if (this.bulkFilled === need) {
            const whole = this.bulk ?? Buffer.concat(this.bulkParts, need);
            this.bulk = null;
            this.bulkParts = null;
            this.arg(whole.subarray(0, this.bulkLen));
        }
        return pos + n;
    }
    arg(value) {
        this.args.push(value);
        if (--this.remaining > 0) {
            this.state = 2 /* State.BulkHeader */;
            return;
        }
        const args = this.args;
        this.args = [];
        this.state = 0 /* State.Start */;
        this.handler.onCommand(args);
    }
    inline(line) {
        const args = splitInlineArgs(line);
        if (args === null)
            return this.fail(protocolError(E.UNBALANCED_QUOTES));
        this.state = 0 /* State.Start */;
        if (args.length > 0)
            this.handler.onCommand(args);
    }
    fail(err) {
        this.state = 5 /* State.Stopped */;
        this.partialLine = null;
        this.bulk = null;
        this.bulkParts = null;
        this.args = [];
        this.held = null;
        this.handler.onProtocolError(err);
    }
}
//# sourceMappingURL=request-parser.js.map