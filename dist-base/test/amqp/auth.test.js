// SASL mechanisms at connection.start-ok: the response longstr is a byte string, so a
// binary AMQPLAIN table (and a UTF-8 PLAIN response) reaches the broker byte for byte.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as M from '../../src/amqp/codec/generated.js';
import { encodeTable, methodFrame } from '../../src/amqp/codec/index.js';
import { startWharf } from '../helpers/brokers.js';
import { RawClient } from './raw-client.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
/** Opens a raw connection and answers connection.start with `mechanism` and `response` bytes. */
async function startOk(mechanism, response) {
    const c = await RawClient.connect(wharf.amqpPort);
    c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
    const start = await c.waitMethod(M.CONNECTION_START);
    assert.match(start.args.mechanisms, /\bAMQPLAIN\b/);
    c.send(methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: { capabilities: { authentication_failure_close: true } },
        mechanism,
        response: response.toString('latin1'),
        locale: 'en_US',
    }));
    return c;
}
async function closeCode(c) {
    const m = await c.waitMethod(M.CONNECTION_CLOSE);
    return m.args.replyCode;
}
describe('authentication', () => {
    test('AMQPLAIN guest/guest logs in and opens the connection', async () => {
        const c = await startOk('AMQPLAIN', encodeTable({ LOGIN: 'guest', PASSWORD: 'guest' }));
        try {
            const tune = await c.waitMethod(M.CONNECTION_TUNE);
            c.send(methodFrame(0, M.CONNECTION_TUNE_OK, {
                channelMax: tune.args.channelMax,
                frameMax: tune.args.frameMax,
                heartbeat: 0,
            }));
            c.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: '/', capabilities: '', insist: false }));
            await c.waitMethod(M.CONNECTION_OPEN_OK);
            await c.openChannel(1);
            assert.ok(!c.methods.some((m) => m.key === M.CONNECTION_CLOSE));
        }
        finally {
            c.end();
        }
    });
    test('an AMQPLAIN table with bytes >= 0x80 (a long non-ASCII field) is read intact', async () => {
        // 100 x 'ä' is 200 UTF-8 bytes: its length octet 0xc8 is not valid UTF-8 by itself, so a
        // response decoded as UTF-8 would no longer parse as a table.
        const table = encodeTable({ LOGIN: 'guest', PASSWORD: 'guest', NOTE: 'ä'.repeat(100) });
        assert.ok(table.includes(0xc8));
        const c = await startOk('AMQPLAIN', table);
        try {
            await c.waitMethod(M.CONNECTION_TUNE);
        }
        finally {
            c.end();
        }
    });
    test('AMQPLAIN with a wrong password is refused with 403', async () => {
        const c = await startOk('AMQPLAIN', encodeTable({ LOGIN: 'guest', PASSWORD: 'wrong' }));
        try {
            assert.equal(await closeCode(c), 403);
            assert.ok(!c.methods.some((m) => m.key === M.CONNECTION_TUNE));
        }
        finally {
            c.end();
        }
    });
    test('AMQPLAIN with a binary (non-ASCII) wrong password is refused with 403, not a codec error', async () => {
        const c = await startOk('AMQPLAIN', encodeTable({ LOGIN: 'guest', PASSWORD: `p${'ä'.repeat(100)}` }));
        try {
            assert.equal(await closeCode(c), 403);
        }
        finally {
            c.end();
        }
    });
    test('PLAIN with a UTF-8 wrong password is refused with 403', async () => {
        const c = await startOk('PLAIN', Buffer.from('\0guest\0pässwörd', 'utf8'));
        try {
            assert.equal(await closeCode(c), 403);
        }
        finally {
            c.end();
        }
    });
    test('PLAIN guest/guest still logs in', async () => {
        const c = await startOk('PLAIN', Buffer.from('\0guest\0guest', 'utf8'));
        try {
            await c.waitMethod(M.CONNECTION_TUNE);
        }
        finally {
            c.end();
        }
    });
});
//# sourceMappingURL=auth.test.js.map