import { RecordIndex } from './record-index.js';
export declare class Segment extends RecordIndex {
    /** Descriptor of the .seg file, or -1. Opened read-write for the current segment, read-only otherwise. */
    fd: number;
    /** Descriptor of the .ack file (append mode), or -1. */
    ackFd: number;
    /** Ack entries (ack-file.ts) not yet written to the .ack file. */
    ackBuf: Buffer | null;
    ackLen: number;
    /** Bytes of the .ack file as last written (read when its descriptor is opened): a failed write is cut back to it. */
    ackSize: number;
    /** Bytes written to the .seg file since its last fdatasync. */
    dataDirty: boolean;
    /** Bytes written to the .ack file since its last fdatasync. */
    ackDirty: boolean;
    /** Set once the files are unlinked; late acks and reads of it are ignored or rejected. */
    deleted: boolean;
    /** Flags byte of each record, for the .idx; null once the index is written (or not needed). */
    flags: Uint8Array | null;
    /**
     * Records at offsets below this were checked (CRC32C) since open, or were written by this run. A segment
     * recovered from its .idx starts at 0: its records are checked when first read (see log.ts, invariant 6).
     */
    verifiedTo: number;
    /** CRC field of the last record (the .idx keeps it to tie itself to the data). */
    lastCrc: number;
    /** push() plus the record's flags. */
    pushRecord(offset: number, length: number, flags: number): void;
    queueAck(offset: number): void;
}
