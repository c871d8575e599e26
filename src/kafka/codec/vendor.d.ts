// Types for the two compression packages that ship none (see compression.ts for why each).

declare module 'snappyjs' {
  /** Raw snappy block; throws when the preamble's length exceeds maxLength. */
  export function uncompress<T extends Uint8Array>(compressed: T, maxLength?: number): T;
  export function compress<T extends Uint8Array>(uncompressed: T): T;
}

declare module 'lz4js' {
  /** Decodes one LZ4 block from src[sIndex, sIndex + sLength) into dst at dIndex; returns the new dIndex. */
  export function decompressBlock(
    src: Uint8Array,
    dst: Uint8Array,
    sIndex: number,
    sLength: number,
    dIndex: number,
  ): number;
  /** Encodes a whole LZ4 frame. */
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
}
