/** Byte offsets of the records of an intact segment file, in order. */
export declare function recordStarts(path: string): number[];
/** XORs the byte at pos of the file with mask. */
export declare function flip(path: string, pos: number, mask: number): void;
/** Overwrites n bytes at pos with zeros (a sector lost by the disk). */
export declare function zero(path: string, pos: number, n: number): void;
/** A body that makes every record RECORD bytes long with a 1-byte head: "m00042......". */
export declare const RECORD = 64;
export declare function fixedBody(i: number): Buffer;
/** The i of a fixedBody(). */
export declare function fixedIndex(body: Buffer): number;
/** A small deterministic generator (tests must be repeatable). */
export declare function rng(seed: number): (n: number) => number;
