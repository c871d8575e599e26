import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC_DELIVER, BASIC_GET_OK, BASIC_RETURN, contentFrames, deliverFrames, encodeProperties, FrameParser, getOkFrames, heartbeatFrame, methodFrame, returnFrames, } from '../../src/amqp/codec/index.js';
import { Rng } from './random.js';
test('heartbeat frame bytes', () => {
    assert.deepEqual(heartbeatFrame(), Buffer.from('08000000000000ce', 'hex'));
});
function bodiesOf(frames, frameMax) {
    const sizes = [];
    const parts = [];
    let header = Buffer.alloc(0);
    const h = {
        onProtocolHeader() { },
        onBadProtocolHeader() { },
        onMethod() { },
        onHeader(_c, _cls, _size, props) {
            header = Buffer.from(props);
        },
        onBody(_c, payload) {
            sizes.push(payload.length);
            parts.push(Buffer.from(payload));
        },
        onHeartbeat() { },
        onError(err) {
            throw err;
        },
    };
    new FrameParser(h, { expectProtocolHeader: false, frameMax }).push(Buffer.concat(frames));
    return { sizes, body: Buffer.concat(parts), header };
}
test('content is split at frameMax - 8, and an empty body has no body frame', () => {
    const props = encodeProperties({ messageId: 'm1' });
    const body = Buffer.from(new Rng(1).bytes(10_000));
    const split = bodiesOf(contentFrames(1, 60, props, body, 4096), 4096);
    assert.deepEqual(split.sizes, [4088, 4088, 1824]);
    assert.deepEqual(split.body, body);
    assert.deepEqual(split.header, props);
    assert.equal(contentFrames(1, 60, props, Buffer.alloc(0), 4096).length, 1);
    assert.deepEqual(bodiesOf(contentFrames(1, 60, props, Buffer.alloc(0), 4096), 4096).sizes, []);
    assert.deepEqual(bodiesOf(contentFrames(1, 60, props, body, 0), 0).sizes, [10_000]);
});
test('large bodies are referenced, not copied', () => {
    const body = Buffer.alloc(100_000, 3);
    const frames = deliverFrames(1, 'ctag', 1, false, 'ex', 'rk', Buffer.from([0, 0]), body, 131072);
    assert.equal(frames.length, 3);
    assert.equal(frames[1].buffer, body.buffer);
});
test('fast paths equal the generic method + content encoding', () => {
    for (let seed = 1; seed <= 200; seed++) {
        const r = new Rng(seed);
        const props = encodeProperties({ contentType: r.shortstr(), headers: { k: r.string(20) }, priority: 1 });
        const body = r.bytes(r.pick([0, 1, 100, 2048, 2049, 4088, 4089, 20_000]));
        const frameMax = r.pick([4096, 8192, 131072, 0]);
        const ch = r.int(0, 65535);
        const tag = r.u64();
        const redelivered = r.bool();
        const [ex, rk, ctag] = [r.shortstr(), r.shortstr(), r.shortstr()];
        const content = contentFrames(ch, 60, props, body, frameMax);
        const cases = [
            [
                deliverFrames(ch, ctag, tag, redelivered, ex, rk, props, body, frameMax),
                methodFrame(ch, BASIC_DELIVER, {
                    consumerTag: ctag,
                    deliveryTag: tag,
                    redelivered,
                    exchange: ex,
                    routingKey: rk,
                }),
            ],
            [
                getOkFrames(ch, tag, redelivered, ex, rk, 42, props, body, frameMax),
                methodFrame(ch, BASIC_GET_OK, {
                    deliveryTag: tag,
                    redelivered,
                    exchange: ex,
                    routingKey: rk,
                    messageCount: 42,
                }),
            ],
            [
                returnFrames(ch, 312, 'NO_ROUTE', ex, rk, props, body, frameMax),
                methodFrame(ch, BASIC_RETURN, {
                    replyCode: 312,
                    replyText: 'NO_ROUTE',
                    exchange: ex,
                    routingKey: rk,
                }),
            ],
        ];
        for (const [fast, method] of cases) {
            assert.deepEqual(Buffer.concat(fast), Buffer.concat([method, ...content]), `seed ${seed}`);
        }
    }
});
//# sourceMappingURL=frame-writer.test.js.map