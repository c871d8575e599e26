// Differential test against moto's server, the reference SQS/SNS implementation on this
// machine (PROTOCOLS.md §2): the same boto3 sequence (test/sqs/py/differential.py: queue
// actions, messages and batches, errors, redrive, FIFO, SNS fan-out enveloped and raw) runs
// against moto and against Wharf, with boto3 1.43 (JSON protocol) and 1.26 (query protocol),
// and the responses' shapes, MD5s, bodies and error codes must match, ids aside. Where moto
// departs from AWS's documented behaviour the step is listed below with what Wharf answers
// (AWS's answer) and why; any other difference fails. Skipped with a message without moto.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot } from '../helpers/brokers.js';
import { startSqsWharf } from './helpers.js';
import { PYTHONS, pythonSkip } from './python.js';
import { freePort, answers } from '../helpers/ports.js';
const SCRIPT = join(repoRoot, 'test/sqs/py/differential.py');
const MOTO_PYTHON = 'python3';
/** Steps where moto is not AWS: Wharf's answer there (AWS's, from its API reference). */
const MOTO_DEPARTS = {
    'CreateQueue bad attribute value': {
        wharf: { error: 'InvalidAttributeValue', status: 400 },
        why: 'VisibilityTimeout is 0-43200 s; moto accepts any value',
    },
    'SetQueueAttributes unknown': {
        wharf: { error: 'InvalidAttributeName', status: 400 },
        why: 'an unknown attribute name is refused; moto ignores it',
    },
    'SendMessage empty body': {
        wharf: { error: 'InvalidParameterValue', status: 400 },
        why: 'a message body has at least one character; moto stores an empty one',
    },
    'SendMessage dedup id to a standard queue': {
        wharf: { error: 'InvalidParameterValue', status: 400 },
        why: 'MessageDeduplicationId is for FIFO queues only; moto accepts and ignores it',
    },
    'SendMessage FIFO': {
        wharf: {
            ok: { MD5OfMessageBody: '8b04d5e3775d298e78455efc5ca404d5', MessageId: 'str', SequenceNumber: 'str' },
        },
        why: 'SendMessage on a FIFO queue returns SequenceNumber; moto leaves it out',
    },
    'SendMessage FIFO duplicate': {
        wharf: {
            ok: { MD5OfMessageBody: '8b04d5e3775d298e78455efc5ca404d5', MessageId: 'str', SequenceNumber: 'str' },
        },
        why: 'as above, for the deduplicated send',
    },
    'SendMessage FIFO duplicate: same id': {
        wharf: true,
        why: 'a duplicate within the deduplication interval is answered as the first send (ElasticMQ does the same); moto makes a new MessageId',
    },
};
function runScript(python, endpoint, key, prefix) {
    return new Promise((resolve, reject) => {
        const p = spawn(python, [SCRIPT], {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: {
                ...process.env,
                ENDPOINT: endpoint,
                KEY: key,
                SECRET: key,
                PREFIX: prefix,
                AWS_EC2_METADATA_DISABLED: 'true',
            },
        });
        let out = '';
        let err = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (err += d));
        const timer = setTimeout(() => p.kill('SIGKILL'), 120_000);
        p.on('close', (code) => {
            clearTimeout(timer);
            if (code !== 0)
                return reject(new Error(`${python} ${SCRIPT} against ${endpoint} failed (${code}): ${err}`));
            const lines = out.trim().split('\n');
            resolve(JSON.parse(lines[lines.length - 1]));
        });
    });
}
const motoSkip = pythonSkip(MOTO_PYTHON, 'moto.server');
describe('SQS and SNS, differential against moto', { skip: motoSkip && `${motoSkip}: no moto server` }, () => {
    let wharf;
    let moto;
    let motoEndpoint = '';
    before(async () => {
        wharf = await startSqsWharf();
        const port = await freePort();
        moto = spawn(MOTO_PYTHON, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
            stdio: 'ignore',
        });
        motoEndpoint = `http://127.0.0.1:${port}`;
        const deadline = Date.now() + 30_000;
        while (!(await answers(port))) {
            if (Date.now() > deadline || moto.exitCode !== null)
                throw new Error('moto server did not start');
            await new Promise((r) => setTimeout(r, 100));
        }
    });
    after(async () => {
        moto?.kill('SIGKILL');
        await wharf?.close();
    });
    for (const { name, python } of PYTHONS) {
        const skip = pythonSkip(python, 'boto3');
        test(`${name}: the same sequence answers alike`, { skip }, async () => {
            const prefix = `diff-${python.replace(/\W/g, '')}-${Date.now().toString(36)}`;
            const [fromMoto, fromWharf] = await Promise.all([
                runScript(python, motoEndpoint, 'testing', prefix),
                runScript(python, wharf.sqsEndpoint, 'guest', prefix),
            ]);
            assert.deepEqual(Object.keys(fromWharf), Object.keys(fromMoto), 'the same steps ran');
            const unexplained = [];
            for (const [step, expected] of Object.entries(fromMoto)) {
                const got = fromWharf[step];
                const departs = MOTO_DEPARTS[step];
                if (departs) {
                    assert.deepEqual(got, departs.wharf, `${step}: Wharf answers as AWS does (${departs.why})`);
                    continue;
                }
                try {
                    assert.deepEqual(got, expected);
                }
                catch {
                    unexplained.push(`${step}\n  moto:  ${JSON.stringify(expected)}\n  wharf: ${JSON.stringify(got)}`);
                }
            }
            assert.deepEqual(unexplained, [], `Wharf and moto differ:\n${unexplained.join('\n')}`);
        });
    }
});
//# sourceMappingURL=differential-moto.test.js.map