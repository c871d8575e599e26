/** The integer field types an annotation uses: 'l' (int64) or 'I' (int32). */
export type IntFieldType = 'l' | 'I';
/** Encoded properties with header `name` (ASCII) set to `value` as a field of `type`. */
export declare function withIntHeader(props: Buffer, name: string, type: IntFieldType, value: number): Buffer;
