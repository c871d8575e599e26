// Runs boto3 calls in a Python process against an endpoint and returns what boto3 made of each
// answer: Debian's /usr/bin/python3 has boto3 1.26 (botocore 1.29, SQS over the query
// protocol); the python3 on PATH has boto3 1.43 (SQS over JSON). Bytes cross as {"__b64": ...}.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
export const PYTHONS = [
    { name: 'boto3 1.26 (query)', python: '/usr/bin/python3' },
    { name: 'boto3 1.43 (json)', python: 'python3' },
];
const SCRIPT = String.raw `
import base64, json, sys
import boto3, botocore
from botocore import xform_name
from botocore.config import Config

def to_py(v):
    if isinstance(v, dict):
        if set(v) == {'__b64'}:
            return base64.b64decode(v['__b64'])
        return {k: to_py(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_py(x) for x in v]
    return v

def to_json(v):
    if isinstance(v, (bytes, bytearray)):
        return {'__b64': base64.b64encode(bytes(v)).decode()}
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items() if k != 'ResponseMetadata'}
    if isinstance(v, list):
        return [to_json(x) for x in v]
    if hasattr(v, 'isoformat'):
        return v.isoformat()
    return v

job = json.load(sys.stdin)
out = []
clients = {}
for call in job['calls']:
    svc = call['service']
    if svc not in clients:
        clients[svc] = boto3.client(svc, endpoint_url=job['endpoint'], region_name='us-east-1',
            aws_access_key_id=job['key'], aws_secret_access_key=job['secret'],
            config=Config(retries={'max_attempts': 1}))
    c = clients[svc]
    name = xform_name(call['action'])
    if not hasattr(c, name):
        out.append({'unsupported': call['action']})
        continue
    try:
        r = getattr(c, name)(**to_py(call['params']))
        out.append({'ok': to_json(r)})
    except botocore.exceptions.ClientError as e:
        err = e.response.get('Error', {})
        out.append({'error': {'code': err.get('Code'), 'type': err.get('Type'), 'exception': type(e).__name__,
            'message': err.get('Message'), 'status': e.response.get('ResponseMetadata', {}).get('HTTPStatusCode')}})
print(json.dumps({'version': boto3.__version__, 'results': out}))
`;
export function pythonAvailable(python) {
    return python === 'python3' || existsSync(python);
}
export async function runBoto(python, endpoint, calls, key = 'AKIDWHARFTEST', secret = 'wharf-secret') {
    const p = spawn(python, ['-c', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.stdin.end(JSON.stringify({ endpoint, key, secret, calls }));
    const code = await new Promise((resolve) => p.on('close', resolve));
    if (code !== 0)
        throw new Error(`${python} failed (${code}): ${err}`);
    return JSON.parse(out);
}
//# sourceMappingURL=boto.js.map