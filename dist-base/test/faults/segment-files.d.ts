export interface StoredRecord {
    /** Segment file path. */
    file: string;
    /** Byte offset of the record in it. */
    at: number;
    /** Total length (frame header included). */
    len: number;
    /** The message number the test wrote in its body. */
    id: number;
}
/** The one queue directory under <dataDir>/queues whose name ends with suffix ('' for a queue, '.stream'). */
export declare function queueDir(dataDir: string, suffix?: string): string;
/** Segment files of a queue directory, in order. */
export declare function segmentFiles(dir: string): string[];
/** The records of an intact segment file, with the message number idOf() reads from each body. */
export declare function recordsOf(file: string, idOf: (body: Buffer) => number): StoredRecord[];
/** XORs the byte at pos of file with mask. */
export declare function flipByte(file: string, pos: number, mask: number): void;
