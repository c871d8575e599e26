import type { StreamId } from '../codec/index.js';
export declare class EntryIndex {
    private offsets;
    private ids;
    /** first live position (positions below were trimmed) */
    private head;
    private tail;
    /** live entries (deleted ones included: deletion is tracked by the caller) */
    get length(): number;
    /** Bytes held, for the memory-per-entry figure. */
    get memoryBytes(): number;
    push(offset: number, id: StreamId): void;
    private grow;
    /** Position i counted from the first live entry. */
    offsetAt(i: number): number;
    idAt(i: number): StreamId;
    private compareAt;
    /** First position whose ID is >= id (length when none). */
    lowerBound(id: StreamId): number;
    /** First position whose ID is > id. */
    upperBound(id: StreamId): number;
    /** Position of the entry at log offset `offset`, or -1. */
    positionOfOffset(offset: number): number;
    /** Forgets the first n positions (trimming). */
    dropFirst(n: number): void;
}
