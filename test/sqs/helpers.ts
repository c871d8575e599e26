// Shared by the SQS front's tests: a Wharf in this process with its SQS listener on port 0,
// SDK clients pointed at it, random queue names.
import { randomBytes } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import { type RunningWharf, startWharf } from '../../src/embedded/start-wharf.js';

export async function startSqsWharf(options: Parameters<typeof startWharf>[0] = {}): Promise<RunningWharf> {
  return startWharf({ ...options });
}

export function sqsClient(endpoint: string, key = 'guest', secret = 'guest'): SQSClient {
  return new SQSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: key, secretAccessKey: secret },
    maxAttempts: 1,
  });
}

export function queueName(prefix = 'q'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}
