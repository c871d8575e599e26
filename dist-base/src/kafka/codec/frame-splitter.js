import { CodecErrorKind, KafkaCodecError, malformed } from './codec-error.js';
// Splits a TCP byte stream into Kafka frames (int32 size + payload) and hands each payload to an
// injected handler. Pure: no sockets here. The size is checked against the limit as soon as its
// four bytes arrive, before anything is allocated for the frame (Kafka's socket.request.max.bytes,
// 100 MiB by default), so a hostile size costs nothing.
//
// A frame that lies inside one chunk is passed as a subarray of that chunk (no copy); only a frame
// spread across chunks is assembled into its own buffer.
/** Kafka's socket.request.max.bytes default. */
export const DEFAULT_MAX_FRAME_BYTES = 100 * 1024 * 1024;
export class FrameSplitter {
    onFrame;
    maxFrameBytes;
    /** Bytes of the size prefix seen so far (0-4) when a prefix is split across chunks. */
    sizeBuf = Buffer.alloc(4);
    sizeHave = 0;
    /** The frame being assembled across chunks, and how much of it is filled. */
    partial = null;
    partialHave = 0;
    constructor(onFrame, maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {
        this.onFrame = onFrame;
        this.maxFrameBytes = maxFrameBytes;
    }
    /** True while a frame has started but not ended (for a clean-close check). */
    get midFrame() {
        return this.sizeHave > 0 || this.partial !== null;
    }
    checkSize(n) {
        if (n < 0)
            throw malformed(`negative frame size ${n}`);
        if (n > this.maxFrameBytes)
            throw new KafkaCodecError(CodecErrorKind.FRAME_TOO_LARGE, `frame of ${n} bytes exceeds ${this.maxFrameBytes}`);
    }
    push(chunk) {
        let o = 0;
        const end = chunk.length;
        while (o < end) {
            if (this.partial !== null) {
                const n = Math.min(this.partial.length - this.partialHave, end - o);
                chunk.copy(this.partial, this.partialHave, o, o + n);
                this.partialHave += n;
                o += n;
                if (this.partialHave === this.partial.length) {
                    const frame = this.partial;
                    this.partial = null;
                    this.onFrame(frame);
                }
                continue;
            }
            let size;
            if (this.sizeHave === 0 && end - o >= 4) {
                size = chunk.readInt32BE(o);
                o += 4;
            }
            else {
                while (this.sizeHave < 4 && o < end)
                    this.sizeBuf[this.sizeHave++] = chunk[o++];
                if (this.sizeHave < 4)
                    return;
                size = this.sizeBuf.readInt32BE(0);
                this.sizeHave = 0;
            }
            this.checkSize(size);
            if (end - o >= size) {
                this.onFrame(chunk.subarray(o, o + size));
                o += size;
            }
            else {
                this.partial = Buffer.allocUnsafe(size);
                this.partialHave = 0;
            }
        }
    }
}
//# sourceMappingURL=frame-splitter.js.map