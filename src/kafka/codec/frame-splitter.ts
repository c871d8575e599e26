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
  /** Bytes of the size prefix seen so far (0-4) when a prefix is split across chunks. */
  private sizeBuf = Buffer.alloc(4);
  private sizeHave = 0;
  /** The frame being assembled across chunks, and how much of it is filled. */
  private partial: Buffer | null = null;
  private partialHave = 0;

  constructor(
    private readonly onFrame: (payload: Buffer) => void,
    private readonly maxFrameBytes = DEFAULT_MAX_FRAME_BYTES,
  ) {}

  /** True while a frame has started but not ended (for a clean-close check). */
  get midFrame(): boolean {
    return this.sizeHave > 0 || this.partial !== null;
  }

  private checkSize(n: number): void {
    if (n < 0) throw malformed(`negative frame size ${n}`);
    if (n > this.maxFrameBytes)
      throw new KafkaCodecError(
        CodecErrorKind.FRAME_TOO_LARGE,
        `frame of ${n} bytes exceeds ${this.maxFrameBytes}`,
      );
  }

  push(chunk: Buffer): void {
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
      let size: number;
      if (this.sizeHave === 0 && end - o >= 4) {
        size = chunk.readInt32BE(o);
        o += 4;
      } else {
        while (this.sizeHave < 4 && o < end) this.sizeBuf[this.sizeHave++] = chunk[o++];
        if (this.sizeHave < 4) return;
        size = this.sizeBuf.readInt32BE(0);
        this.sizeHave = 0;
      }
      this.checkSize(size);
      if (end - o >= size) {
        this.onFrame(chunk.subarray(o, o + size));
        o += size;
      } else {
        this.partial = Buffer.allocUnsafe(size);
        this.partialHave = 0;
      }
    }
  }
}
