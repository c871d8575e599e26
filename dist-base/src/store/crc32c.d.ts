import { type Crc32cFn } from './crc32c-js.js';
export { crc32cByte, type Crc32cFn } from './crc32c-js.js';
export type Crc32cBackendName = 'native' | 'wasm' | 'js';
/** Below these many bytes the TypeScript is faster than the backend (bench/crc32c.ts: crossovers 256-448 B). */
export declare const CRC32C_MIN_BYTES: Readonly<Record<Crc32cBackendName, number>>;
export interface Crc32cSelection {
    readonly backend: Crc32cBackendName;
    /** The implementation with the small-buffer threshold applied. */
    readonly crc32c: Crc32cFn;
    /** Why each faster backend was passed over, in order (empty when native loaded). */
    readonly skipped: readonly string[];
}
export interface Crc32cSelectOptions {
    /** Loads the native backend, or throws. Default: @node-rs/crc32. Injected by tests to force a fallback. */
    loadNative?: () => Crc32cFn;
    /** Loads the WebAssembly backend, or throws. Default: the module in crc32c-wasm.ts. */
    loadWasm?: () => Crc32cFn;
}
/** Picks the fastest implementation that loads here: native, else WebAssembly, else TypeScript. */
export declare function selectCrc32c(options?: Crc32cSelectOptions): Crc32cSelection;
/** The implementation this process uses, chosen once at load. */
export declare const CRC32C: Crc32cSelection;
/**
 * CRC32C of buf[start, end). `seed` is a previous result, to checksum data given in pieces:
 * crc32c(b, 5, 9, crc32c(b, 0, 5)) === crc32c(b, 0, 9).
 */
export declare const crc32c: Crc32cFn;
