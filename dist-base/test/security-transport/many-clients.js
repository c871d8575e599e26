// Opens many AMQP connections for the connection-count test, run as its own process
// (started with a raised `ulimit -n`, so the test runner needs no file descriptors for
// them). Each connection sends the whole handshake in one write (header, start-ok,
// tune-ok, open) and counts as open on connection.open-ok. Prints one JSON line when
// all are open, closes them all on "close" from stdin, and exits by itself after
// LIFETIME_MS in any case.
//
// usage: node many-clients.js <port> <count> <parallel>
import { connect } from 'node:net';
import * as M from '../../src/amqp/codec/generated.js';
import { methodFrame } from '../../src/amqp/codec/index.js';
const LIFETIME_MS = 180_000;
const [port, count, parallel] = process.argv.slice(2).map(Number);
const OPEN_OK = Buffer.from([0x00, 0x0a, 0x00, 0x29]); // class 10, method 41 (connection.open-ok)
const SOURCES = 8; // 127.0.0.1-8: spreads the ephemeral ports over several source addresses
const handshake = Buffer.concat([
    Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'),
    methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: { product: 'wharf many-clients', capabilities: { authentication_failure_close: true } },
        mechanism: 'PLAIN',
        response: '\0guest\0guest',
        locale: 'en_US',
    }),
    methodFrame(0, M.CONNECTION_TUNE_OK, { channelMax: 2047, frameMax: 131072, heartbeat: 0 }),
    methodFrame(0, M.CONNECTION_OPEN, { virtualHost: '/', capabilities: '', insist: false }),
]);
const sockets = [];
let failed = 0;
let lastError = '';
function openOne(i) {
    return new Promise((resolve) => {
        const s = connect({ port, host: '127.0.0.1', localAddress: `127.0.0.${1 + (i % SOURCES)}` });
        let seen = Buffer.alloc(0);
        const fail = (why) => {
            failed++;
            lastError = why;
            s.destroy();
            resolve();
        };
        s.once('error', (err) => fail(err.message));
        s.once('connect', () => s.write(handshake));
        const onData = (d) => {
            seen = Buffer.concat([seen, d]);
            if (seen.includes(OPEN_OK)) {
                s.off('data', onData);
                s.on('data', () => { });
                sockets.push(s);
                resolve();
            }
        };
        s.on('data', onData);
        s.once('close', () => {
            if (!sockets.includes(s))
                fail('closed during the handshake');
        });
    });
}
const t0 = Date.now();
let next = 0;
await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < count)
        await openOne(next++);
}));
console.log(JSON.stringify({ opened: sockets.length, failed, lastError, ms: Date.now() - t0 }));
const exit = setTimeout(() => process.exit(2), LIFETIME_MS);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
    if (!d.includes('close'))
        return;
    const t1 = Date.now();
    for (const s of sockets)
        s.destroy();
    console.log(JSON.stringify({ closed: sockets.length, ms: Date.now() - t1 }));
    clearTimeout(exit);
    process.exit(0);
});
//# sourceMappingURL=many-clients.js.map