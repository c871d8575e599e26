import type { Log, Position, RecordView } from './log.js';
export declare class MemoryLog implements Log {
    readonly durable = false;
    count: number;
    bytes: number;
    lastPosition: Position;
    private readonly chunks;
    private cur;
    private nextCap;
    private cChunk;
    private cIdx;
    private readonly view;
    private closed;
    constructor();
    append(flags: number, timestamp: number, head: Buffer, body: Buffer): Position;
    sync(cb: (err?: Error) => void): void;
    shift(): RecordView | undefined;
    peek(): RecordView | undefined;
    /** Moves the cursor onto the next un-acked record and returns its index, or -1 at the end. */
    private seek;
    rewind(): void;
    read(pos: Position): RecordView;
    ack(pos: Position): void;
    isDelivered(_pos: Position): boolean;
    purge(): number;
    close(): Promise<void>;
    destroy(): Promise<void>;
    private roll;
    private addChunk;
    private dropChunk;
    private indexOfChunk;
}
