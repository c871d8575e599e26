import type { Broker } from '../broker/index.js';
export declare const SHOVEL_COMPONENT = "shovel";
/** The actor of a one-shot shovel's own deletion (RabbitMQ's ?SHOVEL_USER). */
export declare const SHOVEL_ACTOR = "rmq-shovel";
export interface ShovelManagerOptions {
    /** this broker's name: the status' `node` and the x-shovelled header's `shovelled-by` */
    clusterName: string;
    info(msg: string): void;
    warn(msg: string): void;
    /** the broker's own plain AMQP listener, or why a local URI cannot be used */
    local(): {
        host: string;
        port: number;
    } | string;
}
export declare class ShovelManager {
    private readonly broker;
    private readonly opts;
    private readonly workers;
    private running;
    constructor(broker: Broker, opts: ShovelManagerOptions);
    private mayUse;
    /** Starts every recorded shovel; called once the AMQP listener is bound. */
    start(): void;
    /** Stops every shovel (acks sent, connections closed); their parameters stay. */
    stop(): Promise<void>;
    /** RabbitMQ-shaped statuses, optionally of one vhost, by vhost then name. */
    status(vhost?: string): Record<string, unknown>[];
    /** RabbitMQ's restart_shovel: false when no such shovel runs. */
    restart(vhost: string, name: string): boolean;
    private launch;
    private halt;
    private localEndpoint;
}
