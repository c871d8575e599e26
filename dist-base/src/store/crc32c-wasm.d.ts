import { type Crc32cFn } from './crc32c-js.js';
/** Instantiates the module; throws where WebAssembly is unavailable (e.g. `node --jitless`). */
export declare function loadWasmCrc32c(): Crc32cFn;
