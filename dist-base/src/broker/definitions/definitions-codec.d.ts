/** A line that held no usable record. Offsets are bytes from the start of the file. */
export interface Damage {
    /** 1-based line number */
    line: number;
    offset: number;
    length: number;
    reason: string;
    /** the line's first characters (control characters as \xNN), for the log */
    excerpt: string;
}
export interface ParsedLine<R> {
    record: R;
    line: number;
}
export interface ParsedLog<R> {
    records: ParsedLine<R>[];
    /** complete lines (ending with a newline) that held no record, or not only one */
    damaged: Damage[];
    /** an incomplete last line without a valid record: an append cut short by a crash */
    torn: Damage | undefined;
    /** plain JSON lines of the format before framing */
    legacy: number;
}
/** One framed line, newline included. */
export declare function encodeLine(record: unknown): Buffer;
/** Decodes a whole file. `isRecord` tells a record from other valid JSON. */
export declare function parseLog<R>(buf: Buffer, isRecord: (v: unknown) => v is R): ParsedLog<R>;
/** Decodes one framed line without its newline (a queue directory's meta file). */
export declare function parseFramed<R>(buf: Buffer, isRecord: (v: unknown) => v is R): R | string;
