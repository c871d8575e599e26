// `wharf sqs-keys list|create|delete`: the access keys the SQS/SNS API checks signatures with,
// through the management API only: a key is the runtime parameter sqs-access-key/%2F/<key id>
// with value {user, secret} (src/sqs/access-keys.ts). create makes an AWS-shaped key id and a
// random 40-character secret unless given, and prints the secret once; list never prints secrets.
import { randomBytes } from 'node:crypto';
import { printJson, run, table } from './common.js';
const PATH = '/api/parameters/sqs-access-key/%2F';
const enc = encodeURIComponent;
export function sqsKeysListCommand(opts) {
    return run(opts, async (api) => {
        const list = ((await api.request('GET', PATH)) ?? []);
        const keys = list.map((p) => ({ key: String(p.name), user: String(p.value?.user ?? '') }));
        if (opts.json)
            return printJson(keys);
        if (keys.length === 0)
            return console.log('no access keys (guest/guest works from loopback while guest exists)');
        console.log(table(['access key', 'user'], keys.map((k) => [k.key, k.user])));
    });
}
export function sqsKeysCreateCommand(user, opts) {
    return run(opts, async (api) => {
        const key = opts.key ?? `AKIA${randomBytes(10).toString('hex').toUpperCase().slice(0, 16)}`;
        const secret = opts.secret ?? randomBytes(30).toString('base64').slice(0, 40);
        await api.request('PUT', `${PATH}/${enc(key)}`, { value: { user, secret } });
        if (opts.json)
            return printJson({ accessKeyId: key, secretAccessKey: secret, user });
        console.log(`access key for user '${user}' (the secret is not shown again):`);
        console.log(`aws_access_key_id = ${key}`);
        console.log(`aws_secret_access_key = ${secret}`);
    });
}
export function sqsKeysDeleteCommand(key, opts) {
    return run(opts, async (api) => {
        await api.request('DELETE', `${PATH}/${enc(key)}`, undefined, `no such access key '${key}'`);
        if (opts.json)
            printJson({ accessKeyId: key, result: 'deleted' });
        else
            console.log(`access key '${key}' deleted`);
    });
}
//# sourceMappingURL=sqs-keys.js.map