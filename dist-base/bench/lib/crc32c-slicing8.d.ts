/** CRC32C of buf[start, end), continuing from `seed` (a previous result). */
export declare function crc32cSlicing8(buf: Uint8Array, start?: number, end?: number, seed?: number): number;
