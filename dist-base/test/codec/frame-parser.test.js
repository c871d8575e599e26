import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC_ACK, BASIC_PUBLISH, CHANNEL_OPEN, CONNECTION_START_OK, CodecError, contentFrames, decodeHeadersTyped, decodeProperties, decodeTable, encodeProperties, FrameParser, heartbeatFrame, METHOD_INFO, methodFrame, newPropertySummary, readPropertySummary, } from '../../src/amqp/codec/index.js';
import { Rng, randomArgs } from './random.js';
const HEADER = Buffer.from('AMQP\x00\x00\x09\x01', 'latin1');
/** Records every event as a comparable value; buffers as hex. */
class Recorder {
    events = [];
    errors = [];
    onProtocolHeader() {
        this.events.push(['header']);
    }
    onBadProtocolHeader() {
        this.events.push(['bad-header']);
    }
    onMethod(channel, key, args) {
        this.events.push(['method', channel, key, args]);
    }
    onHeader(channel, classId, bodySize, properties) {
        this.events.push(['content-header', channel, classId, bodySize, properties.toString('hex')]);
    }
    onBody(channel, payload) {
        this.events.push(['body', channel, payload.toString('hex')]);
    }
    onHeartbeat(channel) {
        this.events.push(['heartbeat', channel]);
    }
    onError(err, channel) {
        this.errors.push(err);
        this.events.push(['error', err.replyCode, channel]);
    }
}
function sampleStream() {
    const props = encodeProperties({ contentType: 'text/plain', headers: { a: 1, b: 'x' }, deliveryMode: 2 });
    const pub = { ticket: 0, exchange: 'amq.topic', routingKey: 'a.b', mandatory: true, immediate: false };
    return Buffer.concat([
        HEADER,
        methodFrame(0, CONNECTION_START_OK, {
            clientProperties: { product: 'test', capabilities: { publisher_confirms: true } },
            mechanism: 'PLAIN',
            response: '\0guest\0guest',
            locale: 'en_US',
        }),
        methodFrame(1, CHANNEL_OPEN, { outOfBand: '' }),
        methodFrame(1, BASIC_PUBLISH, pub),
        ...contentFrames(1, 60, props, Buffer.alloc(5000, 7), 4096),
        heartbeatFrame(),
        methodFrame(1, BASIC_PUBLISH, pub),
        ...contentFrames(1, 60, props, Buffer.alloc(0), 4096),
        methodFrame(2, BASIC_ACK, { deliveryTag: 2 ** 40, multiple: true }),
    ]);
}
function feed(stream, sizes, frameMax = 4096) {
    const rec = new Recorder();
    const parser = new FrameParser(rec, { frameMax });
    for (let i = 0, pos = 0; pos < stream.length; i++) {
        const n = Math.max(1, sizes(i));
        // Copy each chunk so the parser cannot rely on the chunks being one buffer.
        parser.push(Buffer.from(stream.subarray(pos, pos + n)));
        pos += n;
    }
    return rec;
}
test('byte-at-a-time and random chunking give the same events as one chunk', () => {
    const stream = sampleStream();
    const whole = feed(stream, () => stream.length);
    assert.equal(whole.errors.length, 0);
    assert.equal(whole.events.length, 11);
    assert.deepEqual(whole.events[0], ['header']);
    assert.deepEqual(feed(stream, () => 1).events, whole.events);
    for (let seed = 1; seed <= 50; seed++) {
        const r = new Rng(seed);
        assert.deepEqual(feed(stream, () => r.int(1, 300)).events, whole.events, `seed ${seed}`);
    }
});
test('frames inside one chunk are reported as slices, not copies', () => {
    const body = Buffer.alloc(100, 1);
    const chunk = Buffer.concat([HEADER, ...contentFrames(3, 60, Buffer.from([0, 0]), body, 4096)]);
    let seen;
    const rec = new Recorder();
    rec.onBody = (_ch, payload) => {
        seen = payload;
    };
    new FrameParser(rec).push(chunk);
    assert.ok(seen && seen.buffer === chunk.buffer && seen.byteOffset === chunk.byteOffset + 8 + 22 + 7);
});
test('a wrong protocol header is reported once and stops the parser', () => {
    for (const input of ['GET / HTTP/1.1\r\n', 'AMQP\x00\x00\x08\x00', 'AMQP\x01\x01\x00\x09']) {
        const one = new Recorder();
        new FrameParser(one).push(Buffer.from(input, 'latin1'));
        const bytewise = feed(Buffer.from(input, 'latin1'), () => 1);
        assert.deepEqual(one.events, [['bad-header']]);
        assert.deepEqual(bytewise.events, [['bad-header']]);
    }
});
test('framing errors: frame-max, frame-end, frame type, unknown method, bad args', () => {
    const ok = methodFrame(1, BASIC_ACK, { deliveryTag: 1, multiple: false });
    const cases = [
        ['too big', Buffer.concat([Buffer.from('03000500002000', 'hex'), Buffer.alloc(8193)]), ['error', 501, 5]],
        ['bad frame-end', Buffer.concat([ok.subarray(0, -1), Buffer.from([0])]), ['error', 501, 1]],
        ['unknown type', Buffer.from('0900010000000000ce', 'hex'), ['error', 501, 1]],
        ['unknown class', Buffer.from('01000300000004006300 0ace'.replace(/ /g, ''), 'hex'), ['error', 540, 3]],
        ['unknown method', Buffer.from('0100030000000400 3c03e7ce'.replace(/ /g, ''), 'hex'), ['error', 540, 3]],
        ['short args', Buffer.from('0100040000000600 3c0050 0000ce'.replace(/ /g, ''), 'hex'), ['error', 501, 4]],
        ['method too short', Buffer.from('01000400000002003cce', 'hex'), ['error', 501, 4]],
    ];
    for (const [name, frame, expected] of cases) {
        const rec = new Recorder();
        const parser = new FrameParser(rec);
        parser.push(Buffer.concat([HEADER, frame, ok]));
        assert.deepEqual(rec.events, [['header'], expected], name);
        assert.ok(parser.stopped, name);
        parser.push(ok); // ignored once stopped
        assert.equal(rec.events.length, 2, name);
    }
});
test('frameMax is enforced before buffering, and 0 lifts the limit', () => {
    const big = Buffer.concat([HEADER, ...contentFrames(1, 60, Buffer.from([0, 0]), Buffer.alloc(200_000), 0)]);
    const limited = new Recorder();
    new FrameParser(limited, { frameMax: 131072 }).push(big.subarray(0, 8 + 22 + 7));
    assert.deepEqual(limited.events.at(-1), ['error', 501, 1]);
    const unlimited = new Recorder();
    new FrameParser(unlimited, { frameMax: 0 }).push(big);
    assert.equal(unlimited.errors.length, 0);
    assert.equal(unlimited.events.length, 3);
});
test('pause holds input until resume', () => {
    const stream = sampleStream();
    const expected = feed(stream, () => stream.length).events;
    const rec = new Recorder();
    const parser = new FrameParser(rec);
    const onMethod = rec.onMethod.bind(rec);
    rec.onMethod = (ch, key, args) => {
        onMethod(ch, key, args);
        parser.pause();
    };
    parser.push(stream.subarray(0, 3000));
    parser.push(stream.subarray(3000));
    const counts = [];
    for (let i = 0; i < 20 && rec.events.length < expected.length; i++) {
        counts.push(rec.events.length);
        parser.resume();
    }
    assert.deepEqual(rec.events, expected);
    assert.equal(counts[0], 2); // header, then the first method paused the parser
});
/** Every method with random args on random channels, plus content and heartbeats. */
function denseStream(r) {
    const frames = [HEADER];
    for (const key of Object.keys(METHOD_INFO).map(Number)) {
        frames.push(methodFrame(r.int(0, 3), key, randomArgs(r, key)));
        if (r.next() < 0.2)
            frames.push(...contentFrames(1, 60, encodeProperties({ headers: { a: 1 } }), r.bytes(20), 4096));
        if (r.next() < 0.1)
            frames.push(heartbeatFrame());
    }
    return Buffer.concat(frames);
}
test('fuzz: mutated frames never throw out of push; errors carry known codes', () => {
    const streams = [sampleStream(), denseStream(new Rng(7)), denseStream(new Rng(8))];
    const codes = new Set([501, 502, 505, 540]);
    const seen = new Set();
    const deadline = Date.now() + 3000;
    let runs = 0;
    for (let seed = 1; seed <= 4000 && Date.now() < deadline; seed++, runs++) {
        const r = new Rng(seed);
        const input = Buffer.from(r.pick(streams));
        const flips = r.int(1, 4);
        for (let i = 0; i < flips; i++)
            input[r.int(8, input.length - 1)] = r.int(0, 255);
        const cut = r.bool() ? input.subarray(0, r.int(0, input.length)) : input;
        const rec = new Recorder();
        const parser = new FrameParser(rec, { frameMax: r.pick([0, 4096, 131072]) });
        const step = r.pick([1, 7, 64, cut.length || 1]);
        try {
            for (let pos = 0; pos < cut.length; pos += step)
                parser.push(cut.subarray(pos, pos + step));
        }
        catch (err) {
            assert.fail(`seed ${seed}: push threw ${String(err)}`);
        }
        for (const e of rec.errors) {
            assert.ok(codes.has(e.replyCode), `seed ${seed}: code ${e.replyCode}`);
            seen.add(e.replyCode);
        }
        assert.ok(rec.errors.length <= 1, `seed ${seed}: more than one error`);
    }
    assert.ok(runs >= 500, `only ${runs} fuzz runs in the time budget`);
    // The mutations reach every layer: framing, method args, method ids.
    assert.deepEqual([...seen].sort(), [501, 502, 540]);
});
test('fuzz: random bytes into the table and property decoders only throw CodecError', () => {
    for (let seed = 1; seed <= 3000; seed++) {
        const r = new Rng(seed);
        const valid = encodeProperties({
            headers: { a: [1, 'x', { b: null }], c: 2n ** 60n },
            priority: 2,
            appId: 'a',
        });
        const input = Buffer.from(valid);
        for (let i = r.int(1, 3); i > 0; i--)
            input[r.int(0, input.length - 1)] = r.int(0, 255);
        for (const fn of [
            () => decodeProperties(input),
            () => decodeHeadersTyped(input),
            () => readPropertySummary(input, newPropertySummary()),
            () => decodeTable(input, 2, input.length - 2),
        ]) {
            try {
                fn();
            }
            catch (err) {
                assert.ok(err instanceof CodecError && [501, 502].includes(err.replyCode), `seed ${seed}: ${String(err)}`);
            }
        }
    }
});
//# sourceMappingURL=frame-parser.test.js.map