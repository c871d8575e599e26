import type { Crc32cFn } from './crc32c-js.js';
/** Loads the binding; throws if the package or its binary for this platform is missing. */
export declare function loadNativeCrc32c(): Crc32cFn;
