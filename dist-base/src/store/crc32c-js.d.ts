/** The shape every implementation has: CRC32C of buf[start, end), continuing from `seed`. */
export type Crc32cFn = (buf: Uint8Array, start?: number, end?: number, seed?: number) => number;
/** Writes the tables little-endian at `at` (16 KiB), for the WebAssembly module to read. */
export declare function writeCrc32cTables(view: DataView, at: number): void;
/**
 * CRC32C of buf[start, end). `seed` is a previous result, to checksum data given in pieces:
 * crc32cJs(b, 5, 9, crc32cJs(b, 0, 5)) === crc32cJs(b, 0, 9).
 */
export declare function crc32cJs(buf: Uint8Array, start?: number, end?: number, seed?: number): number;
/** crc32c(buf, s, e + 1) from crc = crc32c(buf, s, e) and byte = buf[e]: a running checksum, one byte at a time. */
export declare function crc32cByte(crc: number, byte: number): number;
