// Shared by the SQS front's tests: a Wharf in this process with its SQS listener on port 0,
// SDK clients pointed at it, random queue names.
import { randomBytes } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import { startWharf } from '../../src/embedded/start-wharf.js';
export async function startSqsWharf(options = {}) {
    return startWharf({ ...options });
}
export function sqsClient(endpoint, key = 'guest', secret = 'guest') {
    return new SQSClient({
        endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: key, secretAccessKey: secret },
        maxAttempts: 1,
    });
}
export function queueName(prefix = 'q') {
    return `${prefix}-${randomBytes(6).toString('hex')}`;
}
//# sourceMappingURL=helpers.js.map