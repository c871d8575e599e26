export interface SignedRequest {
    method: string;
    /** Path and query string as received. */
    url: string;
    /** Lower-case names; repeated headers as arrays. */
    headers: Readonly<Record<string, string | string[] | undefined>>;
    body: Buffer;
}
export interface Credentials {
    secretAccessKey: string;
}
/** The secret of an access key, or undefined when the key is unknown (or its token is wrong). */
export type SecretLookup = (accessKeyId: string, sessionToken: string | undefined) => Credentials | undefined;
export type VerifyResult = {
    ok: true;
    accessKeyId: string;
    region: string;
    service: string;
} | {
    ok: false;
    code: string;
    message: string;
};
export interface VerifyOptions {
    /** Now, in ms since the epoch (injected so tests can move the clock). */
    now?: number;
    /** Allowed clock difference; default 15 minutes, as AWS. */
    maxSkewMs?: number;
    /** Derived signing keys kept between requests (default: derived for each request). */
    keys?: SigningKeys;
}
/**
 * Signing keys by secret, date, region and service: the four-HMAC derivation is the same for
 * every request a client signs in one day, so a listener keeps one of these. Bounded: when it
 * holds `max` keys it starts afresh (a key is one derivation away).
 */
export declare class SigningKeys {
    private readonly max;
    private readonly keys;
    constructor(max?: number);
    get(secret: string, date: string, region: string, service: string): Buffer;
}
export declare function verifySigV4(req: SignedRequest, lookup: SecretLookup, options?: VerifyOptions): VerifyResult;
export declare function signingKey(secret: string, date: string, region: string, service: string): Buffer;
export declare function formatAmzDate(ms: number): string;
