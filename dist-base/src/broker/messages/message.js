/** encodeHeaders value kinds. */
export const HEADER_TEXT = 0;
export const HEADER_BYTES = 1;
export const HEADER_VOID = 2;
/** Record flag bit 0: persistent (the store drops records without it on recovery). */
export const FLAG_PERSISTENT = 1;
//# sourceMappingURL=message.js.map