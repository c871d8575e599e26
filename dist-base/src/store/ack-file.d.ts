export declare const ACK_HEADER = 8;
export declare const ACK_ENTRY = 8;
/** The header a new ack file starts with. */
export declare function newAckHeader(): Buffer;
/** Writes the entry acking `offset` of segment `id` at buf[at] (8 bytes). */
export declare function encodeAck(buf: Buffer, at: number, id: number, offset: number): void;
/** The entries of an ack file as read: offsets whose entries passed their check, and what was wrong. */
export interface ParsedAcks {
    offsets: number[];
    /** 1 (no header), 2, or the unknown version found (its entries are not read). */
    version: number;
    /** Complete entries whose check failed. */
    damaged: number;
    /** Bytes of an incomplete final entry (or header). */
    torn: number;
}
export declare function parseAcks(data: Buffer, id: number): ParsedAcks;
/**
 * Replaces the ack file at path with a version-2 one holding `offsets`, atomically: a temporary file, fdatasynced,
 * renamed over it, then the directory fsynced. A crash leaves the old file or the new one, never a mix.
 */
export declare function rewriteAcks(path: string, id: number, offsets: readonly number[]): void;
/** Where rewriteAcks() builds the new file (a leftover from a crash is removed at the next open). */
export declare function tempAckPath(path: string): string;
