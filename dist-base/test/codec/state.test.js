// The codec keeps no module-level mutable state (several brokers may run in one process):
// scratch buffers belong to FrameWriter instances, read cursors to each decode call, and
// every module-level table is frozen.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BASIC_ACK, BASIC_DELIVER, BASIC_PROPERTIES, BASIC_PUBLISH, BasicFlag, ClassId, CONNECTION_START_OK, CodecErrorCode, decodeMethod, decodeTable, decodeTableTyped, encodeProperties, encodeTable, FrameWriter, HARD_ERRORS, isHardError, METHOD_INFO, METHOD_NAMES, methodFrame, PROTOCOL_VERSION, ReplyCode, SOFT_ERRORS, typedToTable, Writer, } from '../../src/amqp/codec/index.js';
import { Rng, randomTypedTable } from './random.js';
// This file runs from dist/test/codec/; the repo root is three levels up.
const root = fileURLToPath(new URL('../../../', import.meta.url));
test('no module-level let or var in the codec sources', () => {
    const dir = join(root, 'src/amqp/codec');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        const lines = readFileSync(join(dir, name), 'utf8').split('\n');
        const bad = lines.filter((l) => /^(export )?(let|var) /.test(l));
        assert.deepEqual(bad, [], name);
    }
});
test('module-level tables are deeply frozen', () => {
    for (const t of [
        PROTOCOL_VERSION,
        ReplyCode,
        ClassId,
        BasicFlag,
        CodecErrorCode,
        SOFT_ERRORS,
        HARD_ERRORS,
    ]) {
        assert.ok(Object.isFrozen(t));
    }
    assert.ok(Object.isFrozen(METHOD_NAMES));
    assert.ok(Object.isFrozen(METHOD_INFO));
    for (const info of Object.values(METHOD_INFO)) {
        assert.ok(Object.isFrozen(info) && Object.isFrozen(info.fields));
        for (const f of info.fields)
            assert.ok(Object.isFrozen(f));
    }
    assert.ok(Object.isFrozen(BASIC_PROPERTIES) && BASIC_PROPERTIES.every((p) => Object.isFrozen(p)));
    assert.throws(() => {
        ReplyCode.NOT_FOUND = 1;
    }, TypeError);
    assert.ok(isHardError(ReplyCode.CHANNEL_ERROR) && !isHardError(ReplyCode.NOT_FOUND));
});
test('a FrameWriter encodes exactly what the free functions do', () => {
    const fw = new FrameWriter(16); // small: forces its scratch buffer to grow
    const r = new Rng(3);
    for (let i = 0; i < 50; i++) {
        const table = typedToTable(randomTypedTable(r, 3));
        assert.deepEqual(fw.encodeTable(table), encodeTable(table));
        const props = { contentType: r.shortstr(), headers: table, priority: r.int(0, 9) };
        assert.deepEqual(fw.encodeProperties(props), encodeProperties(props));
        const args = {
            consumerTag: r.shortstr(),
            deliveryTag: r.u64(),
            redelivered: r.bool(),
            exchange: 'e',
            routingKey: r.shortstr(),
        };
        assert.deepEqual(fw.methodFrame(i, BASIC_DELIVER, args), methodFrame(i, BASIC_DELIVER, args));
    }
});
test('FrameWriter output is never aliased to its scratch buffer, and writers are independent', () => {
    const a = new FrameWriter();
    const b = new FrameWriter();
    const first = a.methodFrame(1, BASIC_ACK, { deliveryTag: 1, multiple: false });
    const copy = Buffer.from(first);
    const props = a.encodeProperties({ headers: { big: 'x'.repeat(10_000) } });
    b.methodFrame(2, BASIC_ACK, { deliveryTag: 99, multiple: true });
    a.methodFrame(3, BASIC_PUBLISH, {
        ticket: 0,
        exchange: 'zz',
        routingKey: 'yy',
        mandatory: true,
        immediate: true,
    });
    assert.deepEqual(first, copy);
    assert.deepEqual(decodeMethod(BASIC_ACK, first, 11, first.length - 1), { deliveryTag: 1, multiple: false });
    assert.equal(props.length, 2 + 4 + 1 + 3 + 1 + 4 + 10_000);
});
test('encodeTable and encodeProperties accept a scratch Writer and return copies', () => {
    const w = new Writer(8);
    const t1 = encodeTable({ a: 1 }, w);
    const t2 = encodeTable({ b: 'two' }, w);
    assert.deepEqual(decodeTable(t1, 0, t1.length), { a: 1 });
    assert.deepEqual(decodeTable(t2, 0, t2.length), { b: 'two' });
    const p1 = encodeProperties({ messageId: 'm1' }, w);
    encodeProperties({ messageId: 'other' }, w);
    assert.deepEqual(p1, encodeProperties({ messageId: 'm1' }));
});
test('each decode call has its own cursor: nested tables and repeated decodes agree', () => {
    const inner = encodeTable({ k: 'v', n: [1, 2, { deep: true }] });
    const outer = encodeTable({ a: inner, b: 'after' });
    const decoded = decodeTable(outer, 0, outer.length);
    const typed = decodeTableTyped(outer, 0, outer.length);
    assert.deepEqual(decodeTable(decoded.a, 0, decoded.a.length), {
        k: 'v',
        n: [1, 2, { deep: true }],
    });
    assert.equal(decoded.b, 'after');
    assert.equal(typed.b.value, 'after');
});
test('method longstr fields are byte strings: binary SASL responses survive start-ok', () => {
    // AMQPLAIN: a field table without its length prefix. A non-ASCII password and a login
    // of 200 bytes put bytes >= 0x80 in the table (UTF-8 and a length octet).
    const login = 'g'.repeat(200);
    const table = encodeTable({ LOGIN: login, PASSWORD: 'pässwörd✓', RAW: Buffer.from([0xff, 0xfe, 0x80, 0]) });
    assert.ok(table.some((b) => b >= 0x80));
    const frame = methodFrame(0, CONNECTION_START_OK, {
        clientProperties: { product: 'test' },
        mechanism: 'AMQPLAIN',
        response: table.toString('latin1'),
        locale: 'en_US',
    });
    const args = decodeMethod(CONNECTION_START_OK, frame, 11, frame.length - 1);
    const raw = Buffer.from(args.response, 'latin1');
    assert.deepEqual(raw, table);
    assert.deepEqual(decodeTable(raw, 0, raw.length), {
        LOGIN: login,
        PASSWORD: 'pässwörd✓',
        RAW: Buffer.from([0xff, 0xfe, 0x80, 0]),
    });
    // Every byte value survives; PLAIN's UTF-8 is recovered by re-reading the bytes.
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const f2 = methodFrame(0, CONNECTION_START_OK, {
        clientProperties: {},
        mechanism: 'PLAIN',
        response: all.toString('latin1'),
        locale: 'en_US',
    });
    const a2 = decodeMethod(CONNECTION_START_OK, f2, 11, f2.length - 1);
    assert.deepEqual(Buffer.from(a2.response, 'latin1'), all);
    // A char that is not a byte is refused, not silently truncated.
    assert.throws(() => methodFrame(0, CONNECTION_START_OK, {
        clientProperties: {},
        mechanism: 'PLAIN',
        response: '\0u\0✓',
        locale: '',
    }), { replyCode: 502 });
});
//# sourceMappingURL=state.test.js.map