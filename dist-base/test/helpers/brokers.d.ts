/** Root of the repository: this file runs from dist/test/helpers. */
export declare const repoRoot: string;
export declare const RABBIT_SKIP = "RabbitMQ not reachable on 127.0.0.1:5672";
export declare const EXTERNAL_SKIP = "WHARF_URL is set: no broker process to stop, kill or restart";
export interface WharfProcess {
    url: string;
    amqpPort: number;
    httpPort: number;
    /** TLS listeners' ports; 0 when not started (no --tls-cert) */
    amqpsPort: number;
    httpsPort: number;
    /** the RESP (Redis Streams) listener's port; 0 when not started */
    respPort: number;
    /** the Kafka listener's port; 0 when not started (--kafka-port false) */
    kafkaPort: number;
    /** the SQS/SNS API's port; 0 when not started (--sqs-port false) */
    sqsPort: number;
    dataDir: string;
    /** True when WHARF_URL points at a broker this helper did not start. */
    external: boolean;
    /** the broker's process id (0 for an external broker), e.g. to read its memory */
    pid: number;
    /** SIGTERM and wait for exit; resolves to the exit code (null if killed by a signal). */
    stop(): Promise<number | null>;
    /** SIGKILL and wait for exit. */
    kill(): Promise<void>;
    /** Start a new process on the same data dir (stops this one first if it still runs). */
    restart(): Promise<WharfProcess>;
    /** Captured stdout and stderr so far. */
    output(): string;
}
export interface StartOptions {
    dataDir?: string;
    args?: string[];
    /** open-file limit for the broker, set with the shell's `ulimit -n` (up to the hard limit) */
    fdLimit?: number;
}
/** True when tests may stop, kill and restart the broker process. */
export declare function canControlWharf(): boolean;
export declare function startWharf(opts?: StartOptions): Promise<WharfProcess>;
/** The reference RabbitMQ, or null when nothing answers on 127.0.0.1:5672 within 1 s. */
export declare function rabbitUrl(): Promise<string | null>;
export interface BrokerUnderTest {
    name: 'wharf' | 'rabbitmq';
    url: string;
    stop(): Promise<void>;
}
/**
 * Wharf (spawned, or WHARF_URL) first, then RabbitMQ when reachable. Wharf's stop
 * asserts nothing; callers that want the clean-exit invariant use startWharf directly.
 */
export declare function brokersUnderTest(): Promise<BrokerUnderTest[]>;
/** A name no other test or run will pick: prefix, then 10 random hex digits. */
export declare function uniqueName(prefix: string): string;
/** Debian's python (not the python3 on PATH) is the one with python3-pika. */
export declare const PYTHON = "/usr/bin/python3";
export declare function hasPika(): boolean;
export declare function hasAmqpTools(): boolean;
