// Clients for the TLS tests: HTTPS requests with node:https, and pika over TLS run by
// Debian's python (the script is inline: tsc copies no .py files).
import { spawn } from 'node:child_process';
import { request } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { PYTHON } from '../helpers/brokers.js';
/** GET over HTTPS as guest, trusting `ca`; resolves to status and body, rejects on a TLS or socket error. */
export function httpsGet(port, path, ca, client = {}) {
    return new Promise((resolve, reject) => {
        const req = request({
            host: '127.0.0.1',
            port,
            path,
            ca,
            cert: client.cert,
            key: client.key,
            auth: 'guest:guest',
            agent: false,
            timeout: 5000,
        }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (d) => (body += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', reject);
        req.end();
    });
}
/**
 * Opens a TLS connection and waits for the server's first bytes or the end: with TLS
 * 1.3 a refused client certificate shows only after the handshake, on the first read.
 */
export function tlsProbe(port, ca, client = {}) {
    return new Promise((resolve) => {
        const s = tlsConnect({
            host: '127.0.0.1',
            port,
            ca,
            cert: client.cert,
            key: client.key,
            servername: 'localhost',
        });
        const done = (r) => {
            s.destroy();
            resolve(r);
        };
        s.setTimeout(5000, () => done('timeout'));
        s.on('secureConnect', () => s.write(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1')));
        s.on('data', () => done('open'));
        s.on('error', (err) => done(err.code ?? err.message));
        s.on('close', () => done('closed'));
    });
}
const PIKA_SCRIPT = `
import json, ssl, sys
import pika
port, ca, cert, key = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
ctx = ssl.create_default_context(cafile=ca)
if cert:
    ctx.load_cert_chain(cert, key)
params = pika.ConnectionParameters(host='127.0.0.1', port=port, ssl_options=pika.SSLOptions(ctx, '127.0.0.1'),
    credentials=pika.PlainCredentials('guest', 'guest'), socket_timeout=5, blocked_connection_timeout=5)
try:
    conn = pika.BlockingConnection(params)
except Exception as e:
    print(json.dumps({'error': type(e).__name__}))
    sys.exit(0)
ch = conn.channel()
q = ch.queue_declare('', exclusive=True).method.queue
ch.basic_publish('', q, b'over tls')
body = None
for _ in range(50):
    m = ch.basic_get(q, auto_ack=True)
    if m[0]:
        body = m[2].decode()
        break
    conn.sleep(0.02)
conn.close()
print(json.dumps({'body': body}))
`;
/** pika publishes and gets one message over AMQPS; resolves to {body} or {error}. */
export function pikaOverTls(port, ca, cert = '', key = '') {
    return new Promise((resolve, reject) => {
        const child = spawn(PYTHON, ['-c', PIKA_SCRIPT, String(port), ca, cert, key], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d.toString()));
        child.stderr.on('data', (d) => (err += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('error', reject);
        child.once('close', (code) => {
            clearTimeout(timer);
            const line = out.trim().split('\n').pop() ?? '';
            try {
                resolve(JSON.parse(line));
            }
            catch {
                reject(new Error(`pika script exited ${code}: ${out}\n${err}`));
            }
        });
    });
}
//# sourceMappingURL=tls-client.js.map