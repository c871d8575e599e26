// The SDKs are the oracle. Each case's call is made by the AWS SDK for JavaScript (JSON for
// SQS), Debian's boto3 1.26 (query) and the newer boto3 1.43 (JSON) against a throwaway server
// that reads the request with the codec (which must give the case's typed input, whatever the
// protocol), checks its signature, and answers with the codec's serialisation of the case's
// output or error, which each SDK must return unchanged or raise as its typed error.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import * as sns from '@aws-sdk/client-sns';
import * as sqs from '@aws-sdk/client-sqs';
import { AwsError, parseAwsRequest, serializeError, serializeOutput, verifySigV4, } from '../../../src/sqs/codec/index.js';
import { PYTHONS, pythonAvailable, runBoto } from './boto.js';
import { CaptureServer } from './capture-server.js';
import { CASES, marked, typed } from './cases.js';
const KEY = 'AKIDWHARFTEST';
const SECRET = 'wharf-secret';
/** A server answering the cases in order; what it read from each request is kept in `seen`. */
async function caseServer(cases) {
    const seen = [];
    let i = 0;
    const server = await CaptureServer.start((req) => {
        const parsed = parseAwsRequest(req);
        // An SDK may skip a case it does not know (the move tasks in boto3 1.26): answer the next
        // case for the action that arrived.
        while (i < cases.length - 1 && parsed.ok && cases[i].action !== parsed.action)
            i++;
        const c = cases[i++];
        seen.push({
            parsed,
            sig: verifySigV4(req, (k) => (k === KEY ? { secretAccessKey: SECRET } : undefined)),
        });
        const rid = randomUUID();
        if (!parsed.ok)
            return serializeError(parsed.protocol, parsed.model, parsed.error, rid);
        if (c.error)
            return serializeError(parsed.protocol, parsed.model, new AwsError(c.error.code, c.error.message), rid);
        return serializeOutput(parsed.protocol, parsed.model, parsed.action, typed(c.output), rid);
    });
    return { server, seen };
}
function checkRequest(who, c, s, protocol) {
    const name = `${who} ${c.service} ${c.action} ${JSON.stringify(c.params).slice(0, 60)}`;
    assert.ok(s !== undefined, `${name}: no request arrived`);
    assert.ok(s.parsed.ok, `${name}: ${!s.parsed.ok && s.parsed.error.message}`);
    assert.equal(s.parsed.protocol, protocol, name);
    assert.equal(s.parsed.service, c.service, name);
    assert.equal(s.parsed.action, c.action, name);
    assert.deepEqual(marked(s.parsed.input), marked(typed(c.input ?? c.params)), `${name}: typed input`);
    assert.deepEqual(s.sig, { ok: true, accessKeyId: KEY, region: 'us-east-1', service: c.service }, `${name}: signature`);
}
/** XML cannot tell an empty list from an absent one: botocore leaves it out. */
function dropEmptyLists(v) {
    if (v instanceof Uint8Array)
        return v;
    if (Array.isArray(v))
        return v.map(dropEmptyLists);
    if (v !== null && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v)
            .filter(([, x]) => !(Array.isArray(x) && x.length === 0))
            .map(([k, x]) => [k, dropEmptyLists(x)]));
    }
    return v;
}
test('AWS SDK for JavaScript: every action, both services', async () => {
    const { server, seen } = await caseServer(CASES);
    const common = {
        endpoint: server.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
        maxAttempts: 1,
    };
    const sqsClient = new sqs.SQSClient({ ...common, useQueueUrlAsEndpoint: false });
    const snsClient = new sns.SNSClient(common);
    try {
        for (const [i, c] of CASES.entries()) {
            const mod = (c.service === 'sqs' ? sqs : sns);
            const client = (c.service === 'sqs' ? sqsClient : snsClient);
            const Command = mod[`${c.action}Command`];
            const name = `JS ${c.service} ${c.action}`;
            let result;
            let error;
            try {
                result = await client.send(new Command(typed(c.params)));
            }
            catch (err) {
                error = err;
            }
            checkRequest('JS', c, seen[i], c.service === 'sqs' ? 'json' : 'query');
            if (c.error) {
                assert.ok(error !== undefined, `${name}: expected ${c.error.code}`);
                assert.equal(error.name, c.error.code, name);
                assert.equal(error.message, c.error.message, name);
                assert.equal(error.$metadata?.httpStatusCode, c.error.status, name);
                // The query-compatible header gives the legacy code (what older code compares against).
                if (c.service === 'sqs')
                    assert.equal(error.Code, c.error.queryCode, name);
                assert.ok(error instanceof mod[c.error.code], `${name}: typed error class`);
            }
            else {
                assert.equal(error, undefined, `${name}: ${error}`);
                const { $metadata: _m, ...rest } = result;
                const expected = c.service === 'sns' ? dropEmptyLists(c.output) : c.output;
                assert.deepEqual(marked(rest), marked(typed(expected)), name);
            }
        }
    }
    finally {
        sqsClient.destroy();
        snsClient.destroy();
        await server.close();
    }
});
for (const py of PYTHONS) {
    test(`${py.name}: every action it knows, both services`, async (t) => {
        if (!pythonAvailable(py.python)) {
            t.skip(`${py.python} not found`);
            return;
        }
        const { server, seen } = await caseServer(CASES);
        try {
            const run = await runBoto(py.python, server.endpoint, CASES.map((c) => ({ service: c.service, action: c.action, params: c.params })), KEY, SECRET);
            const query = run.version.startsWith('1.26');
            t.diagnostic(`boto3 ${run.version}`);
            let next = 0;
            for (const [i, c] of CASES.entries()) {
                const r = run.results[i];
                const name = `${py.name} ${c.service} ${c.action}`;
                if ('unsupported' in r) {
                    // Only the MessageMoveTask trio is missing, and only from the old SDK.
                    assert.ok(query && c.since === 'new', `${name} unsupported`);
                    continue;
                }
                checkRequest(py.name, c, seen[next++], c.service === 'sqs' && !query ? 'json' : 'query');
                if (c.error) {
                    assert.ok('error' in r, `${name}: expected an error`);
                    assert.equal(r.error.exception, c.error.code, `${name}: modeled exception class`);
                    assert.equal(r.error.code, c.error.queryCode, name);
                    assert.equal(r.error.message, c.error.message, name);
                    assert.equal(r.error.status, c.error.status, name);
                }
                else {
                    assert.ok('ok' in r, `${name}: ${JSON.stringify(r)}`);
                    const expected = query || c.service === 'sns' ? dropEmptyLists(c.output) : c.output;
                    assert.deepEqual(r.ok, marked(expected), name);
                }
            }
        }
        finally {
            await server.close();
        }
    });
}
//# sourceMappingURL=golden.test.js.map