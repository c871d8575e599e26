// One SDK sender thread of the SQS bench (bench/fronts/sqs-senders.ts): its own @aws-sdk/client-sqs
// client over keep-alive connections, kept for the whole run so its JIT warm-up happens once. Each job
// sends `count` messages to `url` as SendMessageBatch of 10 with `inFlight` requests outstanding.
import { Agent } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { GetQueueAttributesCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';

export interface SenderJob {
  url: string;
  count: number;
  inFlight: number;
  body: string;
}

const { endpoint, key } = workerData as { endpoint: string; key: string };
const sqs = new SQSClient({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: key, secretAccessKey: key },
  requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 16 }) },
  maxAttempts: 1,
});

async function run(job: SenderJob): Promise<void> {
  let next = 0;
  const loop = async () => {
    while (next < job.count) {
      const n = Math.min(10, job.count - next);
      next += n;
      const r = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: job.url,
          Entries: Array.from({ length: n }, (_, i) => ({ Id: `e${i}`, MessageBody: job.body })),
        }),
      );
      if (r.Failed?.length) throw new Error(`${r.Failed.length} sends failed: ${r.Failed[0].Code}`);
    }
  };
  await Promise.all(Array.from({ length: job.inFlight }, loop));
}

parentPort!.on('message', (m: { job?: SenderJob; warm?: string; close?: true }) => {
  if (m.close) {
    sqs.destroy();
    parentPort!.close();
    return;
  }
  // a warm-up reads the queue's attributes only: it adds no message the receive phase would count
  const work = m.job
    ? run(m.job)
    : sqs.send(new GetQueueAttributesCommand({ QueueUrl: m.warm!, AttributeNames: ['QueueArn'] }));
  work.then(
    () => parentPort!.postMessage({ ok: true }),
    (err: Error) => parentPort!.postMessage({ ok: false, error: err.message }),
  );
});
