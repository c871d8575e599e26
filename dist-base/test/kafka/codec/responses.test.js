// Responses: for every captured request, the capture broker's answer is encoded by our codec and
// then decoded (1) by kafkajs's own response decoders, an independent implementation, for every
// version kafkajs has, and (2) by our decoder, which must give back the same object. The versions
// kafkajs lacks (flexible ones, OffsetCommit 6-7, ...) were accepted by librdkafka during capture.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { API_TABLE, ApiKey, apiVersionsBody, decodeRequest, decodeResponse, encodeResponse, responseHeaderVersion, } from '../../../src/kafka/codec/index.js';
import { FakeBroker } from '../fixtures/fake-broker.js';
import { capturedRequests } from './fixtures.js';
const require = createRequire(import.meta.url);
function kafkajsDecoder(api, version) {
    const dir = api[0].toLowerCase() + api.slice(1);
    try {
        const m = require(`kafkajs/src/protocol/requests/${dir}/v${version}/response`);
        // deleteRecords exports a factory taking the request's topics; the decoder ignores them.
        return (typeof m === 'function' ? m({ topics: [] }) : m);
    }
    catch {
        return null;
    }
}
/** Every primitive leaf of a value, as strings (kafkajs gives int64 as strings, bytes as Buffers). */
function leaves(v, out = new Set()) {
    if (v === null || v === undefined)
        return out;
    if (Buffer.isBuffer(v))
        out.add(`hex:${v.toString('hex')}`);
    else if (Array.isArray(v))
        for (const x of v)
            leaves(x, out);
    else if (typeof v === 'object')
        for (const x of Object.values(v))
            leaves(x, out);
    else
        out.add(String(v));
    return out;
}
async function responsesFor() {
    const out = [];
    for (const f of capturedRequests()) {
        // A fresh broker each time: its Fetch answers then hold only the seeded, uncompressed batch
        // (kafkajs decodes lz4/snappy/zstd only with plugins).
        const broker = new FakeBroker();
        if (f.apiKey === ApiKey.Produce && f.variant.startsWith('magic'))
            continue; // refused, no response
        const req = decodeRequest(f.frame);
        out.push({
            label: `${f.api} v${f.version} (${f.client})`,
            apiKey: f.apiKey,
            api: f.api,
            version: f.version,
            body: broker.respond(req),
        });
    }
    return out;
}
/** The body bytes after the size prefix and the response header. */
function bodyBytes(apiKey, version, chunks) {
    const wire = Buffer.concat(chunks);
    assert.equal(wire.readInt32BE(0), wire.length - 4, 'size prefix');
    const frame = wire.subarray(4);
    assert.equal(frame.readInt32BE(0), 77, 'correlation id');
    const headerSize = responseHeaderVersion(apiKey, version) === 1 ? 5 : 4;
    if (headerSize === 5)
        assert.equal(frame[4], 0, 'empty header tagged fields');
    return { frame, body: frame.subarray(headerSize) };
}
test('responses to every captured request decode back to the same object with our decoder', async () => {
    for (const r of await responsesFor()) {
        const { frame } = bodyBytes(r.apiKey, r.version, encodeResponse(r.apiKey, r.version, 77, r.body));
        const back = decodeResponse(frame, r.apiKey, r.version);
        assert.equal(back.correlationId, 77);
        // Records go out as a list of stored batches and come back as one blob.
        const norm = (x) => JSON.parse(JSON.stringify(x, (_k, v) => Array.isArray(v) && v.length && Buffer.isBuffer(v[0]) ? Buffer.concat(v) : v));
        const again = decodeResponse(Buffer.concat(encodeResponse(r.apiKey, r.version, 77, back.body)).subarray(4), r.apiKey, r.version);
        assert.deepEqual(norm(again.body), norm(back.body), r.label);
    }
});
test('kafkajs decodes our responses, for every version it implements, and finds every value we sent', async () => {
    const covered = new Set();
    for (const r of await responsesFor()) {
        const decoder = kafkajsDecoder(r.api, r.version);
        if (!decoder)
            continue;
        const chunks = encodeResponse(r.apiKey, r.version, 77, r.body);
        const { frame, body } = bodyBytes(r.apiKey, r.version, chunks);
        const theirs = await decoder.decode(Buffer.from(body));
        const ours = decodeResponse(frame, r.apiKey, r.version).body;
        const got = leaves(theirs);
        for (const leaf of leaves(ours)) {
            // Records are decoded into messages by kafkajs, not kept as bytes: checked separately below.
            if (r.apiKey === ApiKey.Fetch && leaf.startsWith('hex:'))
                continue;
            // Zero-valued defaults may be dropped or renamed to booleans by kafkajs; -2^31 is the
            // "authorized operations not asked" default our decoder fills in for versions without it.
            if (['0', '-1', '', 'false', '-2147483648', 'hex:'].includes(leaf))
                continue;
            assert.ok(got.has(leaf), `${r.label}: kafkajs did not see ${leaf}`);
        }
        if (r.apiKey === ApiKey.Fetch && r.version >= 4) {
            const msgs = theirs.responses
                .flatMap((t) => t.partitions)
                .flatMap((p) => p.messages);
            const seeded = msgs.filter((m) => m.value.toString().startsWith('seeded value'));
            assert.deepEqual(seeded.map((m) => m.offset), ['0', '1', '2'], `${r.label}: records`);
        }
        covered.add(`${r.api} v${r.version}`);
    }
    // kafkajs implements these; each must have been checked at least once.
    for (const need of [
        'Produce v7',
        'Fetch v11',
        'Fetch v4',
        'Metadata v6',
        'Metadata v0',
        'JoinGroup v5',
        'SyncGroup v3',
        'OffsetCommit v5',
        'OffsetFetch v4',
        'ListOffsets v3',
        'InitProducerId v1',
        'CreateTopics v3',
        'DescribeConfigs v2',
        'AddPartitionsToTxn v1',
        'TxnOffsetCommit v1',
        'EndTxn v1',
        'SaslHandshake v1',
        'SaslAuthenticate v1',
        'DeleteGroups v1',
        'DeleteRecords v1',
        'CreatePartitions v1',
        'AlterConfigs v1',
        'DescribeGroups v2',
        'ListGroups v2',
        'ApiVersions v2',
    ])
        assert.ok(covered.has(need), `${need} not checked against kafkajs`);
});
test('ApiVersions: kafkajs reads our table at v0-v2; v3 has no tagged fields and a v0 header', async () => {
    for (const v of [0, 1, 2, 3]) {
        const chunks = encodeResponse(ApiKey.ApiVersions, v, 77, apiVersionsBody());
        const { body } = bodyBytes(ApiKey.ApiVersions, v, chunks);
        if (v === 3) {
            // compact array of API_TABLE.length entries, each key/min/max + empty tags, throttle, no tags
            assert.equal(body.readInt16BE(0), 0);
            assert.equal(body[2], API_TABLE.length + 1);
            assert.equal(body.length, 2 + 1 + API_TABLE.length * 7 + 4 + 1);
            continue;
        }
        const decoded = (await kafkajsDecoder('ApiVersions', v).decode(Buffer.from(body)));
        assert.deepEqual(decoded.apiVersions, API_TABLE.map((a) => ({ apiKey: a.apiKey, minVersion: a.minVersion, maxVersion: a.maxVersion })));
    }
});
//# sourceMappingURL=responses.test.js.map