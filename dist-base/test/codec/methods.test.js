import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC_ACK, BASIC_PUBLISH, CONNECTION_TUNE_OK, CodecError, decodeMethod, encodeMethod, hasContent, isSynchronous, METHOD_INFO, METHOD_NAMES, methodFrame, QUEUE_DECLARE, Writer, } from '../../src/amqp/codec/index.js';
import { amqplibDefs } from './amqplib-defs.js';
import { Rng, randomArgs } from './random.js';
const KEYS = Object.keys(METHOD_INFO).map(Number);
test('the spec has every class and method', () => {
    assert.equal(KEYS.length, 66);
    assert.equal(METHOD_NAMES[BASIC_PUBLISH], 'basic.publish');
    assert.equal(BASIC_PUBLISH, (60 << 16) | 40);
    assert.ok(isSynchronous(QUEUE_DECLARE));
    assert.ok(!isSynchronous(BASIC_PUBLISH));
    assert.ok(hasContent(BASIC_PUBLISH));
    assert.ok(!hasContent(BASIC_ACK));
});
test('every method round-trips random arguments', () => {
    const w = new Writer(16);
    for (let seed = 1; seed <= 40; seed++) {
        const r = new Rng(seed);
        for (const key of KEYS) {
            const args = randomArgs(r, key);
            w.pos = 0;
            encodeMethod(w, key, args);
            assert.deepEqual(decodeMethod(key, w.buf, 0, w.pos), args, `${METHOD_NAMES[key]} seed ${seed}`);
            // Every truncation is refused; so is a trailing byte.
            const cut = r.int(0, w.pos - 1);
            // 501 FRAME_ERROR, as RabbitMQ ("cannot decode")
            if (w.pos > 0)
                assert.throws(() => decodeMethod(key, w.buf, 0, cut), { replyCode: 501 });
            assert.throws(() => decodeMethod(key, Buffer.concat([w.toBuffer(), Buffer.from([0])]), 0, w.pos + 1), {
                replyCode: 501,
            });
        }
    }
});
test('every method frame matches amqplib byte for byte', () => {
    for (let seed = 1; seed <= 20; seed++) {
        const r = new Rng(seed);
        for (const key of KEYS) {
            const args = randomArgs(r, key, true);
            const ours = methodFrame(7, key, args);
            // amqplib takes longstr fields as Buffers; ours are byte strings (latin1).
            const fields = { ...args };
            for (const f of METHOD_INFO[key].fields) {
                if (f.type === 'longstr')
                    fields[f.name] = Buffer.from(fields[f.name], 'latin1');
            }
            const theirs = amqplibDefs.encodeMethod(key, 7, fields);
            assert.deepEqual(ours, theirs, `${METHOD_NAMES[key]} seed ${seed}`);
        }
    }
});
test('unknown methods throw 540 with their ids', () => {
    assert.throws(() => decodeMethod((60 << 16) | 999, Buffer.alloc(0), 0, 0), (e) => e instanceof CodecError && e.replyCode === 540 && e.classId === 60 && e.methodId === 999);
});
test('golden: connection.tune-ok', () => {
    // type 1, channel 0, size 12, class 10 method 31, channel-max 2047, frame-max 131072,
    // heartbeat 60, frame-end.
    const golden = Buffer.from('0100000000000c000a001f07ff00020000003cce', 'hex');
    assert.deepEqual(methodFrame(0, CONNECTION_TUNE_OK, { channelMax: 2047, frameMax: 131072, heartbeat: 60 }), golden);
    assert.deepEqual(decodeMethod(CONNECTION_TUNE_OK, golden, 11, golden.length - 1), {
        channelMax: 2047,
        frameMax: 131072,
        heartbeat: 60,
    });
});
test('golden: basic.publish with packed bits', () => {
    // size 13: class 60 method 40, ticket 0, "ex", "rk", bits mandatory=1 immediate=0.
    const golden = Buffer.from('010001' + '0000000d' + '003c0028' + '0000' + '026578' + '02726b' + '01' + 'ce', 'hex');
    const args = { ticket: 0, exchange: 'ex', routingKey: 'rk', mandatory: true, immediate: false };
    assert.deepEqual(methodFrame(1, BASIC_PUBLISH, args), golden);
    assert.deepEqual(decodeMethod(BASIC_PUBLISH, golden, 11, golden.length - 1), args);
});
test('golden: queue.declare packs five bits into one octet', () => {
    const args = {
        ticket: 0,
        queue: 'q',
        passive: false,
        durable: true,
        exclusive: false,
        autoDelete: true,
        nowait: true,
        arguments: {},
    };
    const golden = Buffer.from('0100050000000d' + '0032000a' + '0000' + '0171' + '1a' + '00000000' + 'ce', 'hex');
    assert.deepEqual(methodFrame(5, QUEUE_DECLARE, args), golden);
});
//# sourceMappingURL=methods.test.js.map