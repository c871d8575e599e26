import { type Field, type MethodArgs, type TypedTable } from '../../src/amqp/codec/index.js';
export declare class Rng {
    readonly seed: number;
    private s;
    constructor(seed: number);
    /** mulberry32: small, fast, good enough to explore inputs. */
    next(): number;
    int(lo: number, hi: number): number;
    bool(): boolean;
    pick<T>(xs: readonly T[]): T;
    bytes(n: number): Buffer;
    /** Strings mixing ASCII, accents, CJK and astral characters. */
    string(maxChars: number): string;
    /** A string of at most 255 UTF-8 bytes. */
    shortstr(): string;
    /** uint64 within JS safe integers. */
    u64(): number;
}
/** A random typed field of every type, nesting tables and arrays up to `depth`. */
export declare function randomField(r: Rng, depth: number): Field;
export declare function randomTypedTable(r: Rng, depth: number): TypedTable;
export declare function randomArgs(r: Rng, key: number, tablesAsStrings?: boolean): MethodArgs;
