import { CodecError } from './errors.js';
import { type MethodArgs } from './generated.js';
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
export declare class FrameParser {
    private readonly handler;
    /**
     * Largest frame accepted, including its 8 bytes of framing; 0 means no limit. Starts at the
     * spec minimum (4096) because frames before connection.tune-ok must fit it; the connection
     * raises it to the negotiated frame-max.
     */
    frameMax: number;
    private state;
    /** Bytes of the protocol header or of a frame head (7 bytes) collected across chunks. */
    private readonly head;
    private headLen;
    /** A frame that straddles chunks, being filled; null when none. */
    private partial;
    private partialLen;
    private paused;
    /** Input held while paused. */
    private held;
    constructor(handler: FrameHandler, options?: FrameParserOptions);
    /** True once an error or a bad protocol header stopped the parser. */
    get stopped(): boolean;
    /**
     * Stops reporting frames after the current one (call it from a handler callback, e.g. on
     * a memory alarm). Input pushed meanwhile is held, not parsed, until resume().
     */
    pause(): void;
    /** Parses held input, synchronously, then continues with later pushes. */
    resume(): void;
    /** Parses as much of `chunk` as possible, synchronously reporting each frame. */
    push(chunk: Buffer): void;
    private hold;
    /** Matches the protocol header byte by byte; returns the position after what it used. */
    private protocolHeader;
    /** Completes a frame head split across chunks, then the frame itself. */
    private fillHead;
    private startPartial;
    private fillPartial;
    /** Rejects a frame larger than frameMax before buffering any of it. */
    private checkSize;
    /** Reports the frame whose head starts at `at` in `buf`; the whole frame is present. */
    private frame;
    private fail;
}
