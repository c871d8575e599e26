// Fails when src/kafka/codec/generated/ no longer matches what scripts/gen-kafka.mjs makes from the
// Kafka message definitions: someone edited it by hand, or changed the generator without rerunning.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { API_TABLE, apiInfo } from '../../../src/kafka/codec/index.js';
// This file runs from dist/test/kafka/codec/; the repo root is four levels up.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const spec = join(root, '../shared/spec/kafka');
const committed = join(root, 'src/kafka/codec/generated');
test('generated/ is up to date with the Kafka spec and the generator', (t) => {
    if (!existsSync(spec)) {
        t.skip(`spec not found at ${spec}; cannot check generated/`);
        return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'wharf-gen-kafka-'));
    try {
        const out = join(dir, 'generated');
        const r = spawnSync(process.execPath, [join(root, 'scripts/gen-kafka.mjs'), spec, '--out', out], {
            encoding: 'utf8',
        });
        assert.equal(r.status, 0, r.stderr);
        const files = readdirSync(out).sort();
        assert.deepEqual(readdirSync(committed).sort(), files, 'file list differs: run `npm run gen:kafka`');
        for (const f of files) {
            const same = readFileSync(join(committed, f), 'utf8') === readFileSync(join(out, f), 'utf8');
            assert.ok(same, `generated/${f} is stale: run \`npm run gen:kafka\``);
        }
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test('generated files say they are generated and where their definitions come from', () => {
    for (const f of readdirSync(committed)) {
        const text = readFileSync(join(committed, f), 'utf8');
        assert.match(text.split('\n')[0], /GENERATED FILE - DO NOT EDIT/, f);
        assert.match(text, /Apache Software Foundation/, f);
    }
});
test('the API table advertises minimum 0 and the maxima both clients use (PROTOCOLS.md §1.2/§1.3)', () => {
    for (const a of API_TABLE)
        assert.equal(a.minVersion, 0, `${a.name} must advertise min 0 for librdkafka's feature gates`);
    const max = (k) => apiInfo(k).maxVersion;
    // The highest versions kafkajs 2.2.4 or librdkafka 2.0.2 send.
    const expected = {
        0: 7,
        1: 11,
        2: 3,
        3: 6,
        8: 7,
        9: 7,
        10: 2,
        11: 5,
        12: 3,
        13: 3,
        14: 3,
        15: 4,
        16: 4,
        17: 1,
        18: 3,
        19: 4,
        20: 1,
        21: 1,
        22: 4,
        24: 1,
        25: 1,
        26: 1,
        28: 3,
        32: 2,
        33: 1,
        36: 1,
        37: 1,
        42: 1,
    };
    for (const [k, v] of Object.entries(expected))
        assert.equal(max(Number(k)), v, `api key ${k}`);
    // Flexible-from, as the Kafka definitions say: these decide header versions and compact encodings.
    assert.equal(apiInfo(18).flexibleFrom, 3);
    assert.equal(apiInfo(9).flexibleFrom, 6);
    assert.equal(apiInfo(22).flexibleFrom, 2);
    assert.equal(apiInfo(28).flexibleFrom, 3);
    assert.equal(apiInfo(0).flexibleFrom, 9);
    assert.equal(apiInfo(60).flexibleFrom, 0);
});
//# sourceMappingURL=generated.test.js.map