import type { Broker } from '../broker/index.js';
import type { LoadedTls } from '../tls.js';
import { SQS_MODEL } from './codec/index.js';
import { AccessKeys } from './access-keys.js';
import type { SqsFront } from './context.js';
import { SqsQueues } from './sqs-queues.js';
import { HttpDeliveries } from './sns/http-deliveries.js';
import { SnsSigner } from './sns/signer.js';
export interface SqsServerOptions {
    host?: string;
    /** the region named in ARNs (default us-east-1) */
    region?: string;
    /** largest request body read (default 4 MiB: a batch of ten 256 KiB messages, encoded, fits) */
    maxBodyBytes?: number;
}
export declare class SqsServer implements SqsFront {
    readonly broker: Broker;
    private readonly options;
    readonly queues: SqsQueues;
    readonly region: string;
    readonly keys: AccessKeys;
    readonly snsSigner: SnsSigner;
    readonly snsHttp: HttpDeliveries;
    private readonly servers;
    private readonly sockets;
    private readonly handlers;
    private readonly snsHandlers;
    private readonly maxBody;
    private readonly moveTasks;
    private readonly signingKeys;
    origin: string;
    private originSet;
    constructor(broker: Broker, options?: SqsServerOptions);
    /**
     * Once the broker is open (its queues and parameters loaded; the front is built before):
     * SQS attributes onto their engine queues, topic taps (not recorded), SNS http deliveries
     * stored before a restart.
     */
    opened(): void;
    listen(port: number): Promise<number>;
    listenTls(port: number, tls: LoadedTls): Promise<number>;
    private bind;
    close(): Promise<void>;
    private existingVhost;
    private onRequest;
    private handle;
}
export { SQS_MODEL };
