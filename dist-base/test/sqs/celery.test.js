// Celery over SQS (kombu's SQS transport, Debian's python3-celery/kombu/pycurl) pointed at
// Wharf, running the seeds' task code: acks late, one task at a time, autoretry with
// exponential backoff on ConnectionError, an idempotency key.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { queueName, startSqsWharf } from './helpers.js';
import { pythonSkip, runPython } from './python.js';
const PY = '/usr/bin/python3';
const skip = pythonSkip(PY, 'celery') ?? pythonSkip(PY, 'pycurl') ?? pythonSkip(PY, 'boto3');
const SCRIPT = String.raw `
import json, os, threading, time
from urllib.parse import urlparse
from celery import Celery
from celery.contrib.testing.worker import start_worker

ARGS = json.loads(os.environ['ARGS'])
ep = urlparse(os.environ['ENDPOINT'])
app = Celery("tasks", broker=f"sqs://guest:guest@{ep.hostname}:{ep.port}")
app.conf.update(
    task_acks_late=True,                  # Ack after completion (not receipt)
    worker_prefetch_multiplier=1,         # One task at a time per worker
    task_reject_on_worker_lost=True,      # Requeue if worker dies
    task_serializer="json", result_serializer="json", accept_content=["json"],
    task_default_queue=ARGS['queue'],
    broker_transport_options={'region': 'us-east-1', 'is_secure': False, 'wait_time_seconds': 1,
                              'polling_interval': 0.2, 'visibility_timeout': 60},
)

processed = set()
calls = []
done = threading.Event()

def already_processed(key):
    return key in processed

def mark_processed(key):
    processed.add(key)

def do_order_processing(order_id):
    calls.append(order_id)
    if order_id == 'flaky' and calls.count('flaky') == 1:
        raise ConnectionError('first attempt fails')
    return {"status": "ok", "order": order_id}

@app.task(
    bind=True, max_retries=5, default_retry_delay=60,
    autoretry_for=(ConnectionError, TimeoutError),
    retry_backoff=True,                   # Exponential backoff
    retry_backoff_max=600,                # Cap at 10min
    retry_jitter=True, acks_late=True,
)
def process_order(self, order_id: str, idempotency_key: str):
    """Idempotent task with exponential backoff retry."""
    if already_processed(idempotency_key):
        return {"status": "duplicate"}
    try:
        result = do_order_processing(order_id)
        mark_processed(idempotency_key)
        return result
    finally:
        if len(processed) >= 3:
            done.set()

with start_worker(app, perform_ping_check=False, pool='solo', loglevel='WARNING'):
    process_order.delay('o1', 'k1')
    process_order.delay('o1', 'k1')   # a duplicate: skipped by the idempotency key
    process_order.delay('flaky', 'k2')
    process_order.delay('o3', 'k3')
    ok = done.wait(60)
    time.sleep(1.5)
print(json.dumps({'ok': ok, 'calls': calls, 'processed': sorted(processed)}))
`;
describe('Celery over SQS', () => {
    let wharf;
    before(async () => {
        if (!skip)
            wharf = await startSqsWharf();
    });
    after(async () => {
        await wharf?.close();
    });
    test("the seeds' Celery task code runs on a worker using kombu's SQS transport", { skip }, async () => {
        const queue = queueName('celery');
        const r = (await runPython(PY, SCRIPT, { endpoint: wharf.sqsEndpoint, args: { queue } }, 120_000));
        assert.equal(r.ok, true, `tasks done: ${JSON.stringify(r)}`);
        assert.deepEqual(r.processed, ['k1', 'k2', 'k3']);
        assert.equal(r.calls.filter((c) => c === 'flaky').length, 2, 'retried once after the ConnectionError');
        assert.equal(r.calls.filter((c) => c === 'o1').length, 1, 'the duplicate was skipped');
        const q = wharf.server.broker.vhost('/').queues.get(queue);
        assert.ok(q, 'Celery made its queue through SQS');
        assert.equal(q.count, 0, 'every task message was deleted (acked late)');
    });
});
//# sourceMappingURL=celery.test.js.map