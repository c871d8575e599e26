interface Defs {
    encodeMethod(key: number, channel: number, fields: unknown): Buffer;
    encodeProperties(classId: number, channel: number, size: number, fields: unknown): Buffer;
}
export declare const amqplibDefs: Defs;
export {};
