// TLS material for the AMQPS and HTTPS listeners. The PEM files are read and checked
// once, at start, so a missing, unreadable, malformed or mismatched file stops
// `wharf serve` with a message naming the file, instead of failing on the first
// client's handshake. The settings follow RabbitMQ's ssl_options (certfile, keyfile,
// cacertfile, verify = verify_peer, fail_if_no_peer_cert).
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
export function loadTls(cfg, now = Date.now()) {
    if (cfg.failIfNoPeerCert && !cfg.verifyPeer)
        throw new Error('tls.failIfNoPeerCert needs tls.verifyPeer: without it no client certificate is asked for');
    if (cfg.verifyPeer && !cfg.ca)
        throw new Error('tls.verifyPeer needs tls.ca: the CA file client certificates are checked against');
    const warnings = [];
    const cert = readPem(cfg.cert, 'certificate');
    const key = readPem(cfg.key, 'key');
    const certs = certificates(cert, cfg.cert, 'certificate');
    let keyObject;
    try {
        keyObject = createPrivateKey(key);
    }
    catch (err) {
        throw new Error(`TLS key file '${cfg.key}' holds no usable PEM private key: ${err.message}`);
    }
    if (!certs[0].checkPrivateKey(keyObject))
        throw new Error(`TLS certificate '${cfg.cert}' does not belong to key '${cfg.key}'`);
    const leaf = certs[0];
    if (Date.parse(leaf.validTo) < now)
        warnings.push(`TLS certificate '${cfg.cert}' expired on ${leaf.validTo}: clients will refuse it`);
    let ca;
    if (cfg.ca) {
        ca = readPem(cfg.ca, 'CA');
        certificates(ca, cfg.ca, 'CA');
    }
    const options = {
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
    }
    catch (err) {
        throw new Error(`TLS files '${cfg.cert}', '${cfg.key}' are not usable: ${err.message}`);
    }
    return {
        options,
        checkPresentedCert: cfg.verifyPeer === true && cfg.failIfNoPeerCert !== true,
        warnings,
    };
}
function readPem(path, what) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new Error(`cannot read TLS ${what} file '${path}': ${err.message}`);
    }
}
/** Every certificate in a PEM bundle, parsed; none, or a broken one, is an error. */
function certificates(pem, path, what) {
    const blocks = pem.match(PEM_CERT);
    if (!blocks)
        throw new Error(`TLS ${what} file '${path}' holds no PEM certificate`);
    return blocks.map((block, i) => {
        try {
            return new X509Certificate(block);
        }
        catch (err) {
            throw new Error(`TLS ${what} file '${path}': certificate ${i + 1} is not valid: ${err.message}`);
        }
    });
}
/**
 * Why a client that finished its TLS handshake must still be refused: it presented a
 * certificate that does not verify while certificates are checked but not required.
 */
export function peerRefusal(socket, tls) {
    if (!tls.checkPresentedCert || socket.authorized)
        return undefined;
    const peer = socket.getPeerCertificate();
    if (!peer || Object.keys(peer).length === 0)
        return undefined; // none sent: allowed
    return `client certificate refused: ${String(socket.authorizationError)}`;
}
//# sourceMappingURL=tls.js.map