export declare class FileWindow {
    private readonly fd;
    /** The file's size: every request must lie inside [0, size). */
    readonly size: number;
    buf: Buffer;
    /** File offset of buf[0]. */
    pos: number;
    /** Valid bytes in buf. */
    len: number;
    constructor(fd: number, 
    /** The file's size: every request must lie inside [0, size). */
    size: number, from: number);
    /** Makes file bytes [at, at + n) present (the caller keeps at + n <= size); returns the index of `at` in buf. */
    load(at: number, n: number): number;
    u32(at: number): number;
}
