// TLS material for the AMQPS and HTTPS listeners. The PEM files are read and checked
// once, at start, so a missing, unreadable, malformed or mismatched file stops
// `wharf serve` with a message naming the file, instead of failing on the first
// client's handshake. The settings follow RabbitMQ's ssl_options (certfile, keyfile,
// cacertfile, verify = verify_peer, fail_if_no_peer_cert).
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext, type TLSSocket, type TlsOptions } from 'node:tls';

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

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function loadTls(cfg: TlsConfig, now = Date.now()): LoadedTls {
  if (cfg.failIfNoPeerCert && !cfg.verifyPeer)
    throw new Error(
      'tls.failIfNoPeerCert needs tls.verifyPeer: without it no client certificate is asked for',
    );
  if (cfg.verifyPeer && !cfg.ca)
    throw new Error('tls.verifyPeer needs tls.ca: the CA file client certificates are checked against');
  const warnings: string[] = [];
  const cert = readPem(cfg.cert, 'certificate');
  const key = readPem(cfg.key, 'key');
  const certs = certificates(cert, cfg.cert, 'certificate');
  let keyObject;
  try {
    keyObject = createPrivateKey(key);
  } catch (err) {
    throw new Error(`TLS key file '${cfg.key}' holds no usable PEM private key: ${(err as Error).message}`);
  }
  if (!certs[0].checkPrivateKey(keyObject))
    throw new Error(`TLS certificate '${cfg.cert}' does not belong to key '${cfg.key}'`);
  const leaf = certs[0];
  if (Date.parse(leaf.validTo) < now)
    warnings.push(`TLS certificate '${cfg.cert}' expired on ${leaf.validTo}: clients will refuse it`);
  let ca: string | undefined;
  if (cfg.ca) {
    ca = readPem(cfg.ca, 'CA');
    certificates(ca, cfg.ca, 'CA');
  }
  const options: TlsOptions = {
    cert,
    key,
    ca,
    requestCert: cfg.verifyPeer === true,
    // Node can only require a valid certificate or not check one at all; "check it if
    // one is sent" (verify_peer without fail_if_no_peer_cert) is done after the handshake.
    rejectUnauthorized: cfg.verifyPeer === true && cfg.failIfNoPeerCert === true,
  };
  try {
    createSecureContext(options);
  } catch (err) {
    throw new Error(`TLS files '${cfg.cert}', '${cfg.key}' are not usable: ${(err as Error).message}`);
  }
  return {
    options,
    checkPresentedCert: cfg.verifyPeer === true && cfg.failIfNoPeerCert !== true,
    warnings,
  };
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read TLS ${what} file '${path}': ${(err as Error).message}`);
  }
}

/** Every certificate in a PEM bundle, parsed; none, or a broken one, is an error. */
function certificates(pem: string, path: string, what: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERT);
  if (!blocks) throw new Error(`TLS ${what} file '${path}' holds no PEM certificate`);
  return blocks.map((block, i) => {
    try {
      return new X509Certificate(block);
    } catch (err) {
      throw new Error(
        `TLS ${what} file '${path}': certificate ${i + 1} is not valid: ${(err as Error).message}`,
      );
    }
  });
}

/**
 * Why a client that finished its TLS handshake must still be refused: it presented a
 * certificate that does not verify while certificates are checked but not required.
 */
export function peerRefusal(socket: TLSSocket, tls: LoadedTls): string | undefined {
  if (!tls.checkPresentedCert || socket.authorized) return undefined;
  const peer = socket.getPeerCertificate();
  if (!peer || Object.keys(peer).length === 0) return undefined; // none sent: allowed
  return `client certificate refused: ${String(socket.authorizationError)}`;
}
