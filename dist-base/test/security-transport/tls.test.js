// AMQPS and HTTPS from PEM files made at test time: amqplib and pika over TLS, the
// management API over HTTPS, client certificates (required, or checked when sent, as
// RabbitMQ's verify_peer with and without fail_if_no_peer_cert), plain listeners
// switched off, and refused starts for unusable PEM files.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { hasPika, startWharf } from '../helpers/brokers.js';
import { RawClient } from '../amqp/raw-client.js';
import { hasOpenssl, makePki } from './certs.js';
import { httpsGet, pikaOverTls, tlsProbe } from './tls-client.js';
import { freePort } from '../helpers/ports.js';
const SKIP = hasOpenssl() ? false : 'the openssl CLI is not installed';
let pki;
before(() => {
    if (!SKIP)
        pki = makePki();
});
after(() => pki?.remove());
function tlsArgs(extra = []) {
    return [
        '--tls-cert',
        pki.serverCert,
        '--tls-key',
        pki.serverKey,
        '--amqps-port',
        '0',
        '--https-port',
        '0',
        ...extra,
    ];
}
function writeConfig(name, cfg) {
    const path = join(pki.dir, name);
    writeFileSync(path, JSON.stringify(cfg));
    return path;
}
function amqpsUrl(w) {
    return `amqps://guest:guest@127.0.0.1:${w.amqpsPort}`;
}
/** Connects with amqplib over TLS, publishes and gets one message back. */
async function roundTrip(url, socketOptions) {
    const conn = await amqp.connect(url, { ...socketOptions, servername: 'localhost' });
    try {
        const ch = await conn.createChannel();
        const q = await ch.assertQueue('', { exclusive: true });
        ch.sendToQueue(q.queue, Buffer.from('over tls'));
        for (let i = 0; i < 50; i++) {
            const m = await ch.get(q.queue, { noAck: true });
            if (m)
                return m.content.toString();
            await new Promise((r) => setTimeout(r, 20));
        }
        throw new Error('message did not come back');
    }
    finally {
        await conn.close();
    }
}
async function waitFor(pred, what, ms = 3000) {
    const deadline = Date.now() + ms;
    while (!pred()) {
        if (Date.now() > deadline)
            throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
    }
}
function connectRefused(port) {
    return new Promise((resolve) => {
        const s = tcpConnect(port, '127.0.0.1');
        s.once('connect', () => {
            s.destroy();
            resolve('connected');
        });
        s.once('error', (err) => resolve(err.code ?? err.message));
    });
}
describe('AMQPS and HTTPS, no client certificates', { skip: SKIP }, () => {
    let wharf;
    before(async () => {
        const config = writeConfig('plain-tls.json', { handshakeTimeout: 1000 });
        wharf = await startWharf({ args: tlsArgs(['--tls-ca', pki.caCert, '--config', config]) });
    });
    after(async () => {
        await wharf?.stop();
    });
    test('"wharf ready" names the TLS ports next to the plain ones', () => {
        assert.ok(wharf.amqpsPort > 0 && wharf.httpsPort > 0, wharf.output());
        assert.ok(wharf.amqpPort > 0 && wharf.httpPort > 0);
        const ready = wharf
            .output()
            .split('\n')
            .find((l) => l.includes('"wharf ready"'));
        assert.match(ready, /"amqpsPort":\d+/);
        assert.match(ready, /"httpsPort":\d+/);
    });
    test('amqplib publishes and gets over amqps:// trusting the test CA', async () => {
        assert.equal(await roundTrip(amqpsUrl(wharf), { ca: [pki.pem(pki.caCert)] }), 'over tls');
    });
    test('a client that does not trust the CA refuses the server', async () => {
        await assert.rejects(amqp.connect(amqpsUrl(wharf), { servername: 'localhost' }), /self.signed|certificate/i);
    });
    test('pika publishes and gets over TLS (SSLOptions)', { skip: !hasPika() && 'python3-pika missing' }, async () => {
        assert.deepEqual(await pikaOverTls(wharf.amqpsPort, pki.caCert), { body: 'over tls' });
    });
    test('the management API answers over HTTPS, and over plain HTTP too', async () => {
        const r = await httpsGet(wharf.httpsPort, '/api/overview', pki.pem(pki.caCert));
        assert.equal(r.status, 200);
        assert.ok('object_totals' in JSON.parse(r.body) || 'management_version' in JSON.parse(r.body), r.body);
        const plain = await fetch(`http://127.0.0.1:${wharf.httpPort}/api/overview`, {
            headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
        });
        assert.equal(plain.status, 200);
    });
    test('plain AMQP spoken to the AMQPS port is dropped and logged; the broker serves on', async () => {
        const c = await RawClient.connect(wharf.amqpsPort);
        c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
        await c.until(() => c.closed, 3000, 'the server to drop a non-TLS client');
        await c.until(() => /AMQPS handshake failed/.test(wharf.output()), 2000, 'the log line');
        assert.equal(await roundTrip(amqpsUrl(wharf), { ca: [pki.pem(pki.caCert)] }), 'over tls');
    });
    test('a TCP client that never starts TLS is dropped after the handshake timeout', async () => {
        const c = await RawClient.connect(wharf.amqpsPort);
        const t0 = Date.now();
        await c.until(() => c.closed, 5000, 'the silent client to be dropped');
        const elapsed = Date.now() - t0;
        assert.ok(elapsed >= 800 && elapsed < 4000, `dropped after ${elapsed} ms (timeout 1000 ms)`);
    });
});
describe('client certificates required (verifyPeer, failIfNoPeerCert), plain ports off', { skip: SKIP }, () => {
    let wharf;
    let plainPort;
    before(async () => {
        plainPort = await freePort();
        const config = writeConfig('mtls.json', {
            amqpPort: plainPort,
            tls: {
                cert: pki.serverCert,
                key: pki.serverKey,
                ca: pki.caCert,
                verifyPeer: true,
                failIfNoPeerCert: true,
            },
        });
        // flags win over the file: the configured plain port is switched off
        wharf = await startWharf({
            args: [
                '--config',
                config,
                '--amqp-port',
                'false',
                '--http-port',
                'off',
                '--amqps-port',
                '0',
                '--https-port',
                '0',
            ],
        });
    });
    after(async () => {
        await wharf?.stop();
    });
    const client = () => ({ cert: pki.pem(pki.clientCert), key: pki.pem(pki.clientKey) });
    const stranger = () => ({ cert: pki.pem(pki.strangerCert), key: pki.pem(pki.strangerKey) });
    test('a client with a certificate from the CA is accepted', async () => {
        assert.equal(await roundTrip(amqpsUrl(wharf), { ca: [pki.pem(pki.caCert)], ...client() }), 'over tls');
    });
    test('a client without a certificate is refused', async () => {
        await assert.rejects(roundTrip(amqpsUrl(wharf), { ca: [pki.pem(pki.caCert)] }));
        assert.notEqual(await tlsProbe(wharf.amqpsPort, pki.pem(pki.caCert)), 'open');
    });
    test('a client with a certificate from another CA is refused', async () => {
        await assert.rejects(roundTrip(amqpsUrl(wharf), { ca: [pki.pem(pki.caCert)], ...stranger() }));
    });
    test('HTTPS: with the client certificate 200, without it refused', async () => {
        const ok = await httpsGet(wharf.httpsPort, '/api/overview', pki.pem(pki.caCert), client());
        assert.equal(ok.status, 200);
        await assert.rejects(httpsGet(wharf.httpsPort, '/api/overview', pki.pem(pki.caCert)));
    });
    test('pika with the client certificate is accepted, without it refused', { skip: !hasPika() && 'python3-pika missing' }, async () => {
        assert.deepEqual(await pikaOverTls(wharf.amqpsPort, pki.caCert, pki.clientCert, pki.clientKey), {
            body: 'over tls',
        });
        const refused = await pikaOverTls(wharf.amqpsPort, pki.caCert);
        assert.ok(refused.error, JSON.stringify(refused));
    });
    test('the plain ports are off: no port in "wharf ready", connection refused on the configured one', async () => {
        assert.equal(wharf.amqpPort, 0);
        assert.equal(wharf.httpPort, 0);
        const ready = wharf
            .output()
            .split('\n')
            .find((l) => l.includes('"wharf ready"'));
        assert.doesNotMatch(ready, /"amqpPort"|"httpPort"/);
        assert.equal(await connectRefused(plainPort), 'ECONNREFUSED');
    });
});
describe('client certificates checked when sent (verifyPeer without failIfNoPeerCert)', { skip: SKIP }, () => {
    let wharf;
    before(async () => {
        const config = writeConfig('verify-optional.json', {
            tls: { cert: pki.serverCert, key: pki.serverKey, ca: pki.caCert, verifyPeer: true },
        });
        wharf = await startWharf({ args: ['--config', config, '--amqps-port', '0', '--https-port', '0'] });
    });
    after(async () => {
        await wharf?.stop();
    });
    test('no certificate: accepted; a good one: accepted; a stranger one: refused and logged', async () => {
        const ca = [pki.pem(pki.caCert)];
        assert.equal(await roundTrip(amqpsUrl(wharf), { ca }), 'over tls');
        assert.equal(await roundTrip(amqpsUrl(wharf), { ca, cert: pki.pem(pki.clientCert), key: pki.pem(pki.clientKey) }), 'over tls');
        await assert.rejects(roundTrip(amqpsUrl(wharf), { ca, cert: pki.pem(pki.strangerCert), key: pki.pem(pki.strangerKey) }));
        await waitFor(() => /AMQPS client certificate refused/.test(wharf.output()), 'the log line');
        const https = await httpsGet(wharf.httpsPort, '/api/overview', pki.pem(pki.caCert));
        assert.equal(https.status, 200);
        await assert.rejects(httpsGet(wharf.httpsPort, '/api/overview', pki.pem(pki.caCert), {
            cert: pki.pem(pki.strangerCert),
            key: pki.pem(pki.strangerKey),
        }));
    });
});
describe('wharf serve refuses unusable PEM files with a clear message', { skip: SKIP }, () => {
    async function refused(args) {
        try {
            const w = await startWharf({ args });
            await w.stop();
        }
        catch (err) {
            return err.message;
        }
        throw new Error(`wharf started with ${args.join(' ')}`);
    }
    test('a missing certificate file', async () => {
        const msg = await refused(['--tls-cert', join(pki.dir, 'nope.crt'), '--tls-key', pki.serverKey]);
        assert.match(msg, /exited with code 1/);
        assert.match(msg, /wharf: cannot read TLS certificate file '.*nope\.crt': ENOENT/);
    });
    test('a file that holds no certificate', async () => {
        const junk = join(pki.dir, 'junk.crt');
        writeFileSync(junk, 'not a certificate\n');
        assert.match(await refused(['--tls-cert', junk, '--tls-key', pki.serverKey]), /TLS certificate file '.*junk\.crt' holds no PEM certificate/);
    });
    test('a broken certificate inside PEM markers', async () => {
        const broken = join(pki.dir, 'broken.crt');
        writeFileSync(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
        assert.match(await refused(['--tls-cert', broken, '--tls-key', pki.serverKey]), /TLS certificate file '.*broken\.crt': certificate 1 is not valid/);
    });
    test('a key that is not a key, and a key of another certificate', async () => {
        assert.match(await refused(['--tls-cert', pki.serverCert, '--tls-key', pki.serverCert]), /TLS key file '.*server\.crt' holds no usable PEM private key/);
        assert.match(await refused(['--tls-cert', pki.serverCert, '--tls-key', pki.clientKey]), /TLS certificate '.*server\.crt' does not belong to key '.*client\.key'/);
    });
    test('a certificate without a key, and verifyPeer without a CA', async () => {
        assert.match(await refused(['--tls-cert', pki.serverCert]), /tls needs both a certificate and a key file/);
        const config = writeConfig('no-ca.json', {
            tls: { cert: pki.serverCert, key: pki.serverKey, verifyPeer: true },
        });
        assert.match(await refused(['--config', config]), /tls\.verifyPeer needs tls\.ca/);
    });
});
//# sourceMappingURL=tls.test.js.map