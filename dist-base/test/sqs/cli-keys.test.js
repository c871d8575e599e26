// `wharf sqs-keys create|list|delete` against a running Wharf: a key made by the CLI signs
// SDK requests as its user, list shows it without its secret, and once deleted it is refused.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { ListQueuesCommand } from '@aws-sdk/client-sqs';
import { repoRoot } from '../helpers/brokers.js';
import { sqsClient, startSqsWharf } from './helpers.js';
const CLI = resolve(repoRoot, 'dist/src/cli/main.js');
let wharf;
function cli(...args) {
    return new Promise((res, rej) => execFile(process.execPath, [CLI, ...args, '--url', wharf.httpUrl], { timeout: 60_000 }, (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout))));
}
before(async () => {
    wharf = await startSqsWharf();
});
after(async () => {
    await wharf?.close();
});
test('wharf sqs-keys: create, use, list, delete', async () => {
    const made = JSON.parse(await cli('sqs-keys', 'create', 'guest', '--json'));
    assert.match(made.accessKeyId, /^AKIA[0-9A-F]{16}$/);
    assert.equal(made.secretAccessKey.length, 40);
    assert.equal(made.user, 'guest');
    const sqs = sqsClient(wharf.sqsEndpoint, made.accessKeyId, made.secretAccessKey);
    try {
        await sqs.send(new ListQueuesCommand({}));
        const listed = JSON.parse(await cli('sqs-keys', 'list', '--json'));
        assert.deepEqual(listed.filter((k) => k.key === made.accessKeyId), [{ key: made.accessKeyId, user: 'guest' }]);
        assert.ok(!(await cli('sqs-keys', 'list')).includes(made.secretAccessKey), 'secrets are not listed');
        await cli('sqs-keys', 'delete', made.accessKeyId);
        await assert.rejects(sqs.send(new ListQueuesCommand({})), { name: 'InvalidClientTokenId' });
        await assert.rejects(cli('sqs-keys', 'delete', made.accessKeyId), /no such access key/);
    }
    finally {
        sqs.destroy();
    }
});
//# sourceMappingURL=cli-keys.test.js.map