import { Writer } from './writer.js';
export type FieldType = 't' | 'b' | 'B' | 's' | 'u' | 'I' | 'i' | 'l' | 'f' | 'd' | 'D' | 'S' | 'x' | 'T' | 'F' | 'A' | 'V';
export interface Decimal {
    scale: number;
    value: number;
}
/** Typed form of one field; nested tables and arrays are typed too. */
export type Field = {
    type: 't';
    value: boolean;
} | {
    type: 'b' | 'B' | 's' | 'u' | 'I' | 'i' | 'f' | 'd';
    value: number;
} | {
    type: 'l' | 'T';
    value: number | bigint;
} | {
    type: 'D';
    value: Decimal;
} | {
    type: 'S';
    value: string | Buffer;
} | {
    type: 'x';
    value: Buffer;
} | {
    type: 'F';
    value: TypedTable;
} | {
    type: 'A';
    value: Field[];
} | {
    type: 'V';
    value: null;
};
export type TypedTable = Record<string, Field>;
/** A value to encode with an exact type tag instead of the inferred one. */
export declare class Typed {
    readonly type: FieldType;
    readonly value: unknown;
    constructor(type: FieldType, value: unknown);
}
/** Natural decode of a table's contents: `length` bytes starting at `offset`. */
export declare function decodeTable(buf: Buffer, offset: number, length: number): Record<string, unknown>;
/** Typed decode of a table's contents, keeping every field's type tag and order. */
export declare function decodeTableTyped(buf: Buffer, offset: number, length: number): TypedTable;
/** Natural decode of an array's contents (no length prefix). */
export declare function decodeArray(buf: Buffer, offset: number, length: number): unknown[];
/**
 * Encodes a table's contents (no length prefix), the inverse of decodeTable(buf, 0, buf.length).
 * `w` is scratch space (reset, then left holding the length-prefixed table); by default a
 * fresh Writer. The result is a copy either way.
 */
export declare function encodeTable(table: Record<string, unknown>, w?: Writer): Buffer;
/** Writes a length-prefixed table. Values may be plain (type inferred) or Typed. */
export declare function writeTable(w: Writer, table: Record<string, unknown>, depth?: number): void;
/** Turns a decoded typed table into Typed values, so encodeTable reproduces the exact bytes. */
export declare function typedToTable(table: TypedTable): Record<string, Typed>;
export declare function fieldToTyped(f: Field): Typed;
