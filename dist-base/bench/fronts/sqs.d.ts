import type { StreamsRow } from './redis-streams.js';
export interface SqsBenchOptions {
    wharf: {
        sqsPort: number;
        httpPort: number;
        amqpUrl: string;
        pid: number | undefined;
        version: string;
    };
    messages: number;
    rounds: number;
    /** long-poll samples per round on Wharf */
    pollSamples: number;
    /** the machine's RabbitMQ as a second AMQP reference (when it answers) */
    rabbitUrl: string | undefined;
    /** messages for moto (0: moto left out) */
    motoMessages: number;
    log(msg: string): void;
}
export declare function runSqs(opts: SqsBenchOptions): Promise<{
    header: string;
    rows: StreamsRow[];
    table: string;
}>;
