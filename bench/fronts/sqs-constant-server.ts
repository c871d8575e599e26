// A server that answers every SendMessageBatch with success and does nothing else, run as its own process
// by the SQS bench (bench/fronts/sqs.ts): the SDK sending to it spends only its own CPU, so the rate one SDK
// thread reaches here is the most any broker could see from it on this machine. It speaks HTTP/1.1 through
// Wharf's own SQS listener code (src/sqs/http/) and answers in AWS JSON 1.0 with the MD5 of each body, which
// the SDK checks. Prints its port on stdout, then serves until killed.
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { HttpListeners } from '../../src/sqs/http/listener.js';
import { DEFAULT_LIMITS } from '../../src/sqs/http/parser.js';

interface Entry {
  Id: string;
  MessageBody: string;
}

const md5 = (body: string): string => createHash('md5').update(body).digest('hex');

const listeners = new HttpListeners(DEFAULT_LIMITS, () => {});
const server = listeners.plain((req, reply) => {
  let out: string;
  try {
    const entries = (JSON.parse(req.body.toString('utf8')) as { Entries?: Entry[] }).Entries ?? [];
    out = JSON.stringify({
      Successful: entries.map((e, i) => ({
        Id: e.Id,
        MessageId: `m${i}`,
        MD5OfMessageBody: md5(e.MessageBody),
      })),
      Failed: [],
    });
  } catch {
    out = '{}';
  }
  reply.send(200, ['content-type', 'application/x-amz-json-1.0'], Buffer.from(out));
});
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
