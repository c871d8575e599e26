export declare const CERT_PATH = "/SimpleNotificationService-wharf.pem";
/** The string SNS signs for a message (absent optional fields, such as Subject, are left out). */
export declare function stringToSign(m: Record<string, unknown>): string;
export declare class SnsSigner {
    private readonly dataDir;
    private key;
    private cert;
    /** @param dataDir where the key is kept; undefined: a key for this process only */
    constructor(dataDir: string | undefined);
    private privateKey;
    /** The certificate receivers check signatures with (PEM). */
    certificate(): string;
    /** Sets Signature on `m` (its SignatureVersion says which hash: "2" SHA-256, else SHA-1). */
    sign(m: Record<string, unknown>): void;
}
