// A TypeScript application that installs the package gets the SDK's types: package.json
// exports `wharfmq/client` with its declarations, and a strict program outside the
// repository type-checks against them (and fails on a misuse, so the check has teeth).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { repoRoot } from '../helpers/brokers.js';
const consumer = `
import { connect, MemoryDedupStore, PermanentError, PublishError, RequestError, type Envelope } from 'wharfmq/client';

const client = await connect('amqp://guest:guest@127.0.0.1:5672');
await client.publish('', 'orders', { orderId: 'o-1' }, { messageId: 'o-1' });
await client.consume<{ orderId: string }>(
  'orders',
  async (msg: Envelope<{ orderId: string }>) => {
    if (!msg.payload.orderId) throw new PermanentError('no order id');
  },
  { retry: { maxAttempts: 3, initialDelayMs: 100 }, deadLetterQueue: 'orders.dlq', dedup: new MemoryDedupStore() },
);
const sum: number = await client.request<number>('adder', { a: 1, b: 2 }, { timeoutMs: 1000 });
const reasons: string[] = [new PublishError('x', 'nack').reason, new RequestError('x', 'timeout').reason];
console.log(sum, reasons);
await client.close();
`;
function typeCheck(source) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-types-'));
    try {
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
        writeFileSync(join(dir, 'app.ts'), source);
        mkdirSync(join(dir, 'node_modules'));
        symlinkSync(repoRoot, join(dir, 'node_modules', 'wharfmq'), 'dir');
        const program = ts.createProgram([join(dir, 'app.ts')], {
            module: ts.ModuleKind.NodeNext,
            moduleResolution: ts.ModuleResolutionKind.NodeNext,
            target: ts.ScriptTarget.ES2022,
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: ['node'],
            typeRoots: [join(repoRoot, 'node_modules', '@types')],
        });
        return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
test('package.json exports the declarations of wharfmq/client', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const entry = pkg.exports['./client'];
    assert.ok(typeof entry === 'object' && entry.types, 'exports["./client"].types');
    assert.ok(existsSync(join(repoRoot, entry.types)), `${entry.types} exists after the build`);
});
test('a strict TypeScript program outside the repository type-checks against wharfmq/client', () => {
    assert.deepEqual(typeCheck(consumer), []);
    const misuse = typeCheck(`import { connect } from 'wharfmq/client';\nconst c = await connect(42);\n`);
    assert.ok(misuse.some((m) => m.includes('number')), `a wrong argument type is reported: ${misuse.join('; ')}`);
});
//# sourceMappingURL=package-types.test.js.map