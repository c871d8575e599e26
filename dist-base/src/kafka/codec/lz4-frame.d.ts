export declare function lz4FrameDecompress(src: Buffer, maxBytes: number): Buffer;
