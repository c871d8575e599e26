// Seeded mutation fuzzing of the request decoders and the record-batch readers: every mutated
// captured frame either decodes or throws KafkaCodecError, never another error, and the whole run
// stays bounded (a hang would time the test out). The seed is fixed so a failure reproduces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiKey, KafkaCodecError, decodeRequest, readRecords, splitBatches, } from '../../../src/kafka/codec/index.js';
import { capturedRequests, HANDWRITTEN } from './fixtures.js';
function rng(seed) {
    let s = seed >>> 0;
    return () => {
        // xorshift32
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        return (s >>> 0) / 4294967296;
    };
}
const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];
function mutate(src, rand) {
    const b = Buffer.from(src);
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
        const at = Math.floor(rand() * b.length);
        const kind = rand();
        if (kind < 0.4)
            b[at] ^= 1 << Math.floor(rand() * 8);
        else if (kind < 0.8)
            b[at] = INTERESTING[Math.floor(rand() * INTERESTING.length)];
        else if (at + 4 <= b.length)
            b.writeInt32BE(Math.floor(rand() * 2 ** 32) - 2 ** 31, at);
    }
    // Keep the api key and version most of the time, so the body decoders get exercised.
    if (rand() < 0.9)
        src.copy(b, 0, 0, 4);
    return b;
}
test('mutated request frames decode or throw KafkaCodecError', () => {
    const rand = rng(0x5eed);
    const fixtures = [...capturedRequests(), ...HANDWRITTEN];
    let decoded = 0;
    let refused = 0;
    for (let round = 0; round < 40; round++) {
        for (const f of fixtures) {
            const m = mutate(f.frame, rand);
            try {
                const req = decodeRequest(m);
                decoded++;
                if (req.header.apiKey === ApiKey.Produce) {
                    for (const t of req.body.topicData)
                        for (const p of t.partitionData)
                            if (p.records)
                                for (const b of splitBatches(p.records))
                                    readRecords(b, 1 << 20);
                }
            }
            catch (e) {
                if (!(e instanceof KafkaCodecError))
                    assert.fail(`${f.api} v${f.version}: ${e.stack}\n${m.toString('hex')}`);
                refused++;
            }
        }
    }
    // Both outcomes must occur, or the mutations are not reaching the decoders.
    assert.ok(decoded > 100 && refused > 100, `decoded ${decoded}, refused ${refused}`);
});
test('random bytes behind a valid header throw KafkaCodecError', () => {
    const rand = rng(42);
    for (const f of capturedRequests().slice(0, 80)) {
        for (let i = 0; i < 20; i++) {
            const tail = Buffer.from(Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256)));
            const frame = Buffer.concat([f.frame.subarray(0, 8), tail]);
            try {
                decodeRequest(frame);
            }
            catch (e) {
                assert.ok(e instanceof KafkaCodecError, e.stack);
            }
        }
    }
});
//# sourceMappingURL=fuzz.test.js.map