// Runs a Python scenario (boto3, celery) against a Wharf: Debian's /usr/bin/python3 has boto3
// 1.26 (SQS over the query protocol) and celery/kombu; the python3 on PATH has boto3 1.43
// (SQS over JSON). The script gets ENDPOINT, KEY, SECRET and ARGS (JSON) in its environment
// and prints one JSON document on its last line of stdout.
import { spawn, spawnSync } from 'node:child_process';
export const PYTHONS = [
    { name: 'boto3 1.26 (query)', python: '/usr/bin/python3' },
    { name: 'boto3 1.43 (json)', python: 'python3' },
];
/** Why `python` cannot run `module`, or undefined when it can. */
export function pythonSkip(python, module) {
    const r = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' });
    return r.status === 0 ? undefined : `${python} cannot import ${module}`;
}
export async function runPython(python, script, env, timeoutMs = 60_000) {
    const p = spawn(python, ['-c', script], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
            ...process.env,
            ENDPOINT: env.endpoint,
            KEY: env.key ?? 'guest',
            SECRET: env.secret ?? 'guest',
            ARGS: JSON.stringify(env.args ?? {}),
            AWS_EC2_METADATA_DISABLED: 'true',
        },
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    const code = await new Promise((resolve) => p.on('close', resolve));
    clearTimeout(timer);
    if (code !== 0)
        throw new Error(`${python} failed (${code}): ${err}\n${out}`);
    const lines = out.trim().split('\n');
    return JSON.parse(lines[lines.length - 1]);
}
/** A boto3 SQS client from the environment, for scripts. */
export const BOTO_PRELUDE = String.raw `
import json, os, sys, time
import boto3, botocore
from botocore.config import Config
ARGS = json.loads(os.environ['ARGS'])
def client(service='sqs', key=None, secret=None):
    return boto3.client(service, endpoint_url=os.environ['ENDPOINT'], region_name='us-east-1',
        aws_access_key_id=key or os.environ['KEY'], aws_secret_access_key=secret or os.environ['SECRET'],
        config=Config(retries={'max_attempts': 1}))
def err(fn):
    try:
        fn()
        return None
    except botocore.exceptions.ClientError as e:
        return {'code': e.response['Error'].get('Code'), 'status': e.response['ResponseMetadata']['HTTPStatusCode']}
`;
//# sourceMappingURL=python.js.map