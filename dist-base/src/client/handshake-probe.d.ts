export interface CloseReason {
    replyCode: number;
    replyText: string;
}
/**
 * Connects to `url` and goes through the handshake; resolves with the broker's reply
 * code and text when it closes the connection, or null when it opened it (or the
 * exchange went some other way). Never rejects; gives up after `timeoutMs`.
 */
export declare function probeRefusal(url: string, timeoutMs?: number): Promise<CloseReason | null>;
