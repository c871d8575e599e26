export type ScramMechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
export declare const SCRAM_MECHANISMS: readonly ScramMechanism[];
export interface ScramCredential {
    /** base64 */
    salt: string;
    iterations: number;
    /** base64 H(ClientKey) */
    storedKey: string;
    /** base64 HMAC(SaltedPassword, "Server Key") */
    serverKey: string;
}
export type ScramCredentials = Partial<Record<ScramMechanism, ScramCredential>>;
export declare function isScramMechanism(m: string): m is ScramMechanism;
/** A mechanism's credential for `password`: what is stored instead of the password. */
export declare function scramCredential(mechanism: ScramMechanism, password: string, salt?: Buffer, iterations?: number): ScramCredential;
/** Credentials for every SCRAM mechanism Wharf offers. */
export declare function scramCredentials(password: string): ScramCredentials;
/** The outcome of one step: the bytes to answer with, or a failure with its reason (for the log). */
export type ScramStep = {
    ok: true;
    reply: string;
    done: boolean;
    user: string;
} | {
    ok: false;
    reason: string;
};
/**
 * The server side of one SCRAM exchange: client-first → server-first, client-final → server-final.
 * `lookup` gives the user's credential for the mechanism (undefined: no such user, or none set).
 * The caller then checks what else a login needs (loopback rule, vhost access, limits).
 */
export declare class ScramServer {
    private readonly mechanism;
    private readonly lookup;
    private state;
    private user;
    private nonce;
    private gs2;
    private clientFirstBare;
    private serverFirst;
    private cred;
    constructor(mechanism: ScramMechanism, lookup: (user: string) => ScramCredential | undefined);
    step(token: Buffer): ScramStep;
    private first;
    private final;
}
