import type { Logger } from 'pino';
import { type Broker } from '../broker/index.js';
import { type LoadedTls } from '../tls.js';
import type { KafkaContext } from './context.js';
import { type KafkaFrontOptions } from './options.js';
export declare class KafkaServer {
    private readonly servers;
    readonly ctx: KafkaContext;
    private nextId;
    /** this front's groups as the management API sees them, registered while a listener runs */
    private readonly directory;
    constructor(broker: Broker, log: Logger, opts: KafkaFrontOptions);
    /** Lets AMQP stream consumers read what Kafka clients produced, while this front runs. */
    private registerConverter;
    private accept;
    /** Starts the plain listener; resolves to its port. */
    listen(): Promise<number>;
    /** Starts the TLS listener; resolves to its port. */
    listenTls(port: number, tls: LoadedTls): Promise<number>;
    private bind;
    close(): Promise<void>;
}
