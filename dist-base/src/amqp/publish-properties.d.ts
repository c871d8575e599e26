export declare function checkUserId(properties: Buffer, user: string): void;
export interface SenderSelected {
    properties: Buffer;
    /** routing keys from CC and BCC, in that order */
    keys: string[];
}
/** Returns undefined when the message has no CC/BCC header (the common case). */
export declare function senderSelected(properties: Buffer): SenderSelected | undefined;
