// The SDK ships without the broker: nothing under src/client may import the broker,
// the store, the AMQP server or the HTTP layer (a user installing wharfmq/client must not
// load them).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/brokers.js';
function files(dir) {
    return readdirSync(dir).flatMap((name) => {
        const p = join(dir, name);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
}
test('src/client imports nothing from the broker, store, amqp server or http layers', () => {
    const offenders = [];
    const clientDir = join(repoRoot, 'src/client');
    for (const file of files(clientDir)) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
            const spec = m[1] ?? m[2];
            // Packages (amqplib, node:*) are fine; a relative import must stay inside src/client.
            if (spec.startsWith('.') && !resolve(dirname(file), spec).startsWith(clientDir))
                offenders.push(`${file}: ${spec}`);
        }
    }
    assert.deepEqual(offenders, []);
});
//# sourceMappingURL=boundaries.test.js.map