// SDK senders in worker threads for the SQS bench: the SDK costs about ten times what amqplib costs per
// message (SigV4, its middleware stack, JSON, MD5 checks), so one client thread caps the send rate below
// what the broker can take; the AMQP scenarios likewise run each client in its own thread. The threads
// share the run's requests in flight (8 in all, as the AMQP reference's 8 channels).
import { Worker } from 'node:worker_threads';
import type { SenderJob } from './sqs-sender-worker.js';

const WORKER = new URL('./sqs-sender-worker.js', import.meta.url);

export class SdkSenders {
  private constructor(private readonly workers: Worker[]) {}

  static start(threads: number, endpoint: string, key: string): SdkSenders {
    return new SdkSenders(
      Array.from({ length: threads }, () => new Worker(WORKER, { workerData: { endpoint, key } })),
    );
  }

  get threads(): number {
    return this.workers.length;
  }

  /** One request from each thread (not measured): connections open, code paths compiled once. */
  warm(url: string): Promise<void> {
    return this.all(() => ({ warm: url }));
  }

  /** `messages` messages to `url`, split over the threads, `inFlight` requests outstanding in all. */
  send(url: string, messages: number, inFlight: number, body: string): Promise<void> {
    const n = this.workers.length;
    return this.all((i) => {
      const job: SenderJob = {
        url,
        count: Math.floor(messages / n) + (i < messages % n ? 1 : 0),
        inFlight: Math.floor(inFlight / n) + (i < inFlight % n ? 1 : 0),
        body,
      };
      return { job };
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((r) => {
            w.once('exit', () => r());
            w.postMessage({ close: true });
          }),
      ),
    );
  }

  private all(message: (i: number) => unknown): Promise<void> {
    return Promise.all(
      this.workers.map(
        (w, i) =>
          new Promise<void>((resolve, reject) => {
            const onError = (err: Error) => reject(err);
            w.once('error', onError);
            w.once('message', (m: { ok: boolean; error?: string }) => {
              w.off('error', onError);
              if (m.ok) resolve();
              else reject(new Error(m.error));
            });
            w.postMessage(message(i));
          }),
      ),
    ).then(() => undefined);
  }
}
