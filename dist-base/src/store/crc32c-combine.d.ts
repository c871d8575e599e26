/** crc32c(a ++ b) from crcA = crc32c(a), crcB = crc32c(b) and lenB = b.length (bytes, a safe integer). */
export declare function crc32cCombine(crcA: number, crcB: number, lenB: number): number;
