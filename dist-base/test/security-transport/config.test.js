// The transport and limit settings of `wharf serve`: the `tls` object from the file,
// its fields from WHARF_TLS_* and --tls-* (field by field, later sources win), ports
// that can be switched off, and the limits' type checks.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/cli/config.js';
let dir;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wharf-tls-config-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
function file(content) {
    const p = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(p, JSON.stringify(content));
    return p;
}
describe('transport and limit settings', () => {
    test('tls from the file, overridden field by field by the environment and flags', () => {
        const config = file({ tls: { cert: '/f/cert.pem', key: '/f/key.pem', verifyPeer: false } });
        const c = loadConfig({ config, tlsKey: '/flag/key.pem' }, { WHARF_TLS_CA: '/env/ca.pem', WHARF_TLS_VERIFY_PEER: 'true', WHARF_TLS_KEY: '/env/key.pem' });
        assert.deepEqual(c.tls, {
            cert: '/f/cert.pem',
            key: '/flag/key.pem',
            ca: '/env/ca.pem',
            verifyPeer: true,
        });
        assert.equal(loadConfig({}, {}).tls, undefined);
        assert.deepEqual(loadConfig({ tlsCert: 'c', tlsKey: 'k' }, {}).tls, { cert: 'c', key: 'k' });
    });
    test('tls mistakes are refused, naming their source', () => {
        assert.throws(() => loadConfig({ config: file({ tls: 'yes' }) }, {}), /'tls' must be an object \{cert, key/);
        assert.throws(() => loadConfig({ config: file({ tls: { cert: 'c', key: 'k', verify: true } }) }, {}), /'tls': unknown field 'verify' \(known: cert, key, ca, verifyPeer, failIfNoPeerCert\)/);
        assert.throws(() => loadConfig({ config: file({ tls: { cert: 'c', key: 'k', verifyPeer: 'yes' } }) }, {}), /'tls'\.verifyPeer must be a boolean/);
        assert.throws(() => loadConfig({}, { WHARF_TLS_CERT: 'c', WHARF_TLS_KEY: 'k', WHARF_TLS_FAIL_IF_NO_PEER_CERT: '1' }), /WHARF_TLS_FAIL_IF_NO_PEER_CERT must be true or false/);
        assert.throws(() => loadConfig({ tlsCert: 'c' }, {}), /tls needs both a certificate and a key file/);
    });
    test('ports: numbers, or false / "false" / "off" to switch a listener off', () => {
        const c = loadConfig({ config: file({ amqpPort: false, httpsPort: 15000 }), httpPort: 'off' }, { WHARF_AMQPS_PORT: 'false' });
        assert.equal(c.amqpPort, false);
        assert.equal(c.httpPort, false);
        assert.equal(c.amqpsPort, false);
        assert.equal(c.httpsPort, 15000);
        assert.equal(loadConfig({ amqpsPort: '5671' }, {}).amqpsPort, 5671);
        assert.throws(() => loadConfig({ amqpPort: 'none' }, {}), /--amqp-port must be a port number \(0-65535\) or false/);
        assert.throws(() => loadConfig({ config: file({ httpPort: true }) }, {}), /'httpPort' must be a port number/);
    });
    test('limits: handshakeTimeout positive; the others non-negative integers', () => {
        const c = loadConfig({ config: file({ handshakeTimeout: 5000, connectionMax: 100 }) }, { WHARF_AUTH_FAILURE_DELAY: '0', WHARF_MAX_UNCONFIRMED_BYTES_PER_CONNECTION: '1048576' });
        assert.equal(c.handshakeTimeout, 5000);
        assert.equal(c.connectionMax, 100);
        assert.equal(c.authFailureDelay, 0);
        assert.equal(c.maxUnconfirmedBytesPerConnection, 1048576);
        assert.throws(() => loadConfig({}, { WHARF_HANDSHAKE_TIMEOUT: '0' }), /WHARF_HANDSHAKE_TIMEOUT must be a positive integer/);
        assert.throws(() => loadConfig({ config: file({ connectionMax: -1 }) }, {}), /'connectionMax' must be a non-negative integer/);
    });
});
//# sourceMappingURL=config.test.js.map