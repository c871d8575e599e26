export interface MessageAttributeValue {
    DataType: string;
    StringValue?: string;
    BinaryValue?: Buffer;
}
/**
 * A digest in hex: one call, no Hash object, where Node has crypto.hash (20.12 and later; a
 * digest per message of every send and receive), else through createHash.
 */
export declare const digestHex: (algorithm: string, data: Buffer | string) => string;
export declare function md5Hex(data: Buffer | string): string;
export declare function md5OfBody(body: string): string;
/** Undefined when there are no attributes: SQS then leaves the member out. */
export declare function md5OfMessageAttributes(attributes: Readonly<Record<string, MessageAttributeValue>> | undefined): string | undefined;
export declare const md5OfMessageSystemAttributes: typeof md5OfMessageAttributes;
