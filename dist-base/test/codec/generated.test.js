// Fails when src/amqp/codec/generated.ts no longer matches what the generator makes from
// the spec: someone edited it by hand, or changed the generator without rerunning it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
// This file runs from dist/test/codec/; the repo root is three levels up.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const spec = join(root, '../shared/spec/amqp-rabbitmq-0.9.1.json');
test('generated.ts is up to date with the spec and the generator', (t) => {
    if (!existsSync(spec)) {
        t.skip(`spec not found at ${spec}; cannot check generated.ts`);
        return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'wharf-gen-'));
    try {
        const out = join(dir, 'generated.ts');
        const r = spawnSync(process.execPath, [join(root, 'scripts/gen-amqp.mjs'), spec, '--out', out], {
            encoding: 'utf8',
        });
        assert.equal(r.status, 0, r.stderr);
        const committed = readFileSync(join(root, 'src/amqp/codec/generated.ts'), 'utf8');
        assert.ok(committed === readFileSync(out, 'utf8'), 'generated.ts is stale: run `npm run gen`');
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test('generated.ts says it is generated and keeps the spec licence', () => {
    const text = readFileSync(join(root, 'src/amqp/codec/generated.ts'), 'utf8');
    assert.match(text.split('\n')[0], /GENERATED FILE - DO NOT EDIT/);
    assert.match(text, /Permission is hereby granted, free of charge/);
});
//# sourceMappingURL=generated.test.js.map