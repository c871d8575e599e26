export interface ClientCert {
    cert?: Buffer;
    key?: Buffer;
}
/** GET over HTTPS as guest, trusting `ca`; resolves to status and body, rejects on a TLS or socket error. */
export declare function httpsGet(port: number, path: string, ca: Buffer, client?: ClientCert): Promise<{
    status: number;
    body: string;
}>;
/**
 * Opens a TLS connection and waits for the server's first bytes or the end: with TLS
 * 1.3 a refused client certificate shows only after the handshake, on the first read.
 */
export declare function tlsProbe(port: number, ca: Buffer, client?: ClientCert): Promise<'open' | string>;
/** pika publishes and gets one message over AMQPS; resolves to {body} or {error}. */
export declare function pikaOverTls(port: number, ca: string, cert?: string, key?: string): Promise<{
    body?: string;
    error?: string;
}>;
