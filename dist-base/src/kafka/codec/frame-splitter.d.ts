/** Kafka's socket.request.max.bytes default. */
export declare const DEFAULT_MAX_FRAME_BYTES: number;
export declare class FrameSplitter {
    private readonly onFrame;
    private readonly maxFrameBytes;
    /** Bytes of the size prefix seen so far (0-4) when a prefix is split across chunks. */
    private sizeBuf;
    private sizeHave;
    /** The frame being assembled across chunks, and how much of it is filled. */
    private partial;
    private partialHave;
    constructor(onFrame: (payload: Buffer) => void, maxFrameBytes?: number);
    /** True while a frame has started but not ended (for a clean-close check). */
    get midFrame(): boolean;
    private checkSize;
    push(chunk: Buffer): void;
}
