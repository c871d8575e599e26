export declare function globMatch(pattern: Uint8Array, s: Uint8Array): boolean;
