import type { KafkaConnection } from './connection.js';
export declare const SASL_MECHANISMS: readonly string[];
export declare class SaslState {
    private readonly conn;
    mechanism: string | undefined;
    awaitingRawToken: boolean;
    authenticated: boolean;
    /** the SCRAM exchange in progress */
    private scram;
    /** anonymous use refused for this connection: SASL is required */
    private required;
    constructor(conn: KafkaConnection);
    /** Called once the connection is accepted: act as the anonymous user when that is allowed. */
    startAnonymous(): void;
    permits(apiKey: number): boolean;
    handshake(version: number, mechanism: string): {
        errorCode: number;
        mechanisms: string[];
    };
    /** SaslAuthenticate: the token to answer with, or the error to return (the connection then closes). */
    authenticate(token: Buffer): {
        errorCode: number;
        message: string | null;
        reply: Buffer;
    };
    /** The v0 exchange: the answer token (empty for PLAIN), or undefined to close the connection. */
    rawToken(token: Buffer): Buffer | undefined;
    /** One token of the mechanism: the answer, or the failure's message. */
    private step;
    /** RFC 4616: [authzid] NUL authcid NUL passwd. */
    private plain;
}
