import { type TLSSocket, type TlsOptions } from 'node:tls';
export interface TlsConfig {
    /** PEM file: the server certificate, optionally followed by its intermediates */
    cert: string;
    /** PEM file: the server's private key (unencrypted) */
    key: string;
    /** PEM file: the CA certificates client certificates are checked against */
    ca?: string;
    /** ask clients for a certificate and refuse one that does not verify (RabbitMQ's verify_peer) */
    verifyPeer?: boolean;
    /** with verifyPeer: also refuse clients that send no certificate (fail_if_no_peer_cert) */
    failIfNoPeerCert?: boolean;
}
export interface LoadedTls {
    /** options for tls.createServer / https.createServer */
    options: TlsOptions;
    /** true when a presented client certificate must verify but none is required */
    checkPresentedCert: boolean;
    /** things worth a log line that do not stop the start (an expired certificate) */
    warnings: string[];
}
export declare function loadTls(cfg: TlsConfig, now?: number): LoadedTls;
/**
 * Why a client that finished its TLS handshake must still be refused: it presented a
 * certificate that does not verify while certificates are checked but not required.
 */
export declare function peerRefusal(socket: TLSSocket, tls: LoadedTls): string | undefined;
