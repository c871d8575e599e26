export interface TestPki {
    dir: string;
    caCert: string;
    serverCert: string;
    serverKey: string;
    clientCert: string;
    clientKey: string;
    /** signed by another CA, which the broker does not trust */
    strangerCert: string;
    strangerKey: string;
    /** file contents, for clients that take PEM text */
    pem(path: string): Buffer;
    remove(): void;
}
export declare function hasOpenssl(): boolean;
export declare function makePki(): TestPki;
