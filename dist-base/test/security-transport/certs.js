// A throwaway PKI for the TLS tests, made with Debian's openssl CLI: a CA, a server
// certificate for localhost/127.0.0.1, a client certificate signed by the CA, and a
// client certificate from a second, untrusted CA.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export function hasOpenssl() {
    return spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
}
function openssl(dir, args) {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0)
        throw new Error(`openssl ${args.join(' ')} failed: ${r.stderr}`);
}
/** A self-signed CA: `name`.crt and `name`.key in dir. */
function makeCa(dir, name) {
    openssl(dir, [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${name}`,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.crt`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
    ]);
}
/** A leaf certificate signed by `ca`, with the given extensions. */
function makeLeaf(dir, name, ca, cn, ext) {
    writeFileSync(join(dir, `${name}.ext`), ext);
    openssl(dir, [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        `/CN=${cn}`,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
    ]);
    openssl(dir, [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        `${ca}.crt`,
        '-CAkey',
        `${ca}.key`,
        '-CAcreateserial',
        '-days',
        '2',
        '-out',
        `${name}.crt`,
        '-extfile',
        `${name}.ext`,
    ]);
}
export function makePki() {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-pki-'));
    makeCa(dir, 'ca');
    makeCa(dir, 'stranger-ca');
    makeLeaf(dir, 'server', 'ca', 'localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    makeLeaf(dir, 'client', 'ca', 'wharf-test-client', 'extendedKeyUsage=clientAuth\n');
    makeLeaf(dir, 'stranger', 'stranger-ca', 'stranger', 'extendedKeyUsage=clientAuth\n');
    const p = (f) => join(dir, f);
    return {
        dir,
        caCert: p('ca.crt'),
        serverCert: p('server.crt'),
        serverKey: p('server.key'),
        clientCert: p('client.crt'),
        clientKey: p('client.key'),
        strangerCert: p('stranger.crt'),
        strangerKey: p('stranger.key'),
        pem: (path) => readFileSync(path),
        remove: () => rmSync(dir, { recursive: true, force: true }),
    };
}
//# sourceMappingURL=certs.js.map