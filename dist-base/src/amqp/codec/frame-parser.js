import { CodecError, CodecErrorCode } from './errors.js';
import { decodeMethod, FRAME_BODY, FRAME_END, FRAME_HEADER, FRAME_HEARTBEAT, FRAME_METHOD, FRAME_MIN_SIZE, } from './generated.js';
const PROTOCOL_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]);
const FRAME_HEAD = 7; // type, channel, size
const TWO_32 = 4294967296;
var State;
(function (State) {
    State[State["ProtocolHeader"] = 0] = "ProtocolHeader";
    State[State["Frames"] = 1] = "Frames";
    State[State["Stopped"] = 2] = "Stopped";
})(State || (State = {}));
export class FrameParser {
    handler;
    /**
     * Largest frame accepted, including its 8 bytes of framing; 0 means no limit. Starts at the
     * spec minimum (4096) because frames before connection.tune-ok must fit it; the connection
     * raises it to the negotiated frame-max.
     */
    frameMax;
    state;
    /** Bytes of the protocol header or of a frame head (7 bytes) collected across chunks. */
    head = Buffer.allocUnsafe(8);
    headLen = 0;
    /** A frame that straddles chunks, being filled; null when none. */
    partial = null;
    partialLen = 0;
    paused = false;
    /** Input held while paused. */
    held = null;
    constructor(handler, options = {}) {
        this.handler = handler;
        this.state = options.expectProtocolHeader === false ? State.Frames : State.ProtocolHeader;
        this.frameMax = options.frameMax ?? FRAME_MIN_SIZE;
    }
    /** True once an error or a bad protocol header stopped the parser. */
    get stopped() {
        return this.state === State.Stopped;
    }
    /**
     * Stops reporting frames after the current one (call it from a handler callback, e.g. on
     * a memory alarm). Input pushed meanwhile is held, not parsed, until resume().
     */
    pause() {
        this.paused = true;
    }
    /** Parses held input, synchronously, then continues with later pushes. */
    resume() {
        if (!this.paused)
            return;
        this.paused = false;
        const held = this.held;
        this.held = null;
        if (held !== null)
            this.push(held);
    }
    /** Parses as much of `chunk` as possible, synchronously reporting each frame. */
    push(chunk) {
        if (this.paused) {
            this.held = this.held === null ? chunk : Buffer.concat([this.held, chunk]);
            return;
        }
        let pos = 0;
        const len = chunk.length;
        if (this.state === State.ProtocolHeader)
            pos = this.protocolHeader(chunk);
        if (this.partial !== null)
            pos = this.fillPartial(chunk, pos);
        else if (this.headLen > 0 && this.state === State.Frames)
            pos = this.fillHead(chunk, pos);
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
            if (!this.checkSize(size, chunk.readUInt16BE(pos + 1)))
                return;
            const total = FRAME_HEAD + size + 1;
            if (avail < total) {
                this.startPartial(total, chunk, pos, len);
                return;
            }
            this.frame(chunk, pos, size);
            pos += total;
        }
        if (this.paused && pos < len && this.state !== State.Stopped)
            this.hold(chunk.subarray(pos));
    }
    hold(rest) {
        this.held = this.held === null ? rest : Buffer.concat([rest, this.held]);
    }
    /** Matches the protocol header byte by byte; returns the position after what it used. */
    protocolHeader(chunk) {
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
    fillHead(chunk, pos) {
        const n = Math.min(FRAME_HEAD - this.headLen, chunk.length - pos);
        chunk.copy(this.head, this.headLen, pos, pos + n);
        this.headLen += n;
        pos += n;
        if (this.headLen < FRAME_HEAD)
            return pos; // chunk used up
        this.headLen = 0;
        const size = this.head.readUInt32BE(3);
        if (!this.checkSize(size, this.head.readUInt16BE(1)))
            return pos;
        this.startPartial(FRAME_HEAD + size + 1, this.head, 0, FRAME_HEAD);
        return this.fillPartial(chunk, pos);
    }
    startPartial(total, src, start, end) {
        this.partial = Buffer.allocUnsafe(total);
        this.partialLen = src.copy(this.partial, 0, start, end);
    }
    fillPartial(chunk, pos) {
        const partial = this.partial;
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
    checkSize(size, channel) {
        if (this.frameMax > 0 && size > this.frameMax - 8) {
            this.fail(new CodecError(CodecErrorCode.FRAME_ERROR, `frame size ${size} exceeds frame-max ${this.frameMax}`), channel);
            return false;
        }
        return true;
    }
    /** Reports the frame whose head starts at `at` in `buf`; the whole frame is present. */
    frame(buf, at, size) {
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
                let args;
                try {
                    args = decodeMethod(key, buf, start + 4, end);
                }
                catch (err) {
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
    fail(err, channel) {
        this.state = State.Stopped;
        this.partial = null;
        this.held = null;
        this.handler.onError(err, channel);
    }
}
/** Decoders throw CodecError; anything else (a RangeError from a bug) still becomes 502. */
function asCodecError(err, key) {
    if (err instanceof CodecError) {
        // Errors from nested decoders (field tables) don't know the method; channel.close wants it.
        return err.classId !== 0 ? err : new CodecError(err.replyCode, err.message, key >>> 16, key & 0xffff);
    }
    const msg = err instanceof Error ? err.message : String(err);
    return new CodecError(CodecErrorCode.SYNTAX_ERROR, msg, key >>> 16, key & 0xffff);
}
//# sourceMappingURL=frame-parser.js.map