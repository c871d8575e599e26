import { SQSClient } from '@aws-sdk/client-sqs';
import { type RunningWharf, startWharf } from '../../src/embedded/start-wharf.js';
export declare function startSqsWharf(options?: Parameters<typeof startWharf>[0]): Promise<RunningWharf>;
export declare function sqsClient(endpoint: string, key?: string, secret?: string): SQSClient;
export declare function queueName(prefix?: string): string;
