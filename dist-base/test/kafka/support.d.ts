import { type Socket } from 'node:net';
import { Kafka, type KafkaConfig } from 'kafkajs';
import { type RunningWharf, type StartWharfOptions } from '../../src/embedded/start-wharf.js';
import { type AnyResponse, type RequestByKey } from '../../src/kafka/codec/index.js';
export declare const PY_DIR: string;
export declare function startKafkaWharf(options?: StartWharfOptions): Promise<RunningWharf & {
    bootstrap: string;
}>;
export declare function topicName(prefix?: string): string;
export declare function kafkajs(bootstrap: string, extra?: Partial<KafkaConfig>): Kafka;
/** Why a client cannot run here, or undefined when it can. */
export declare function missing(client: 'confluent_kafka' | 'kafka' | 'kcat'): string | undefined;
export interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}
/** Runs a program to completion (killed after timeoutMs); stdin written and closed when given. */
export declare function run(cmd: string, args: string[], opts?: {
    input?: string | Buffer;
    timeoutMs?: number;
    env?: NodeJS.ProcessEnv;
}): Promise<Run>;
/** Runs test/kafka/py/<script> with args; its last stdout line is JSON, returned parsed. */
export declare function python(script: string, args: string[], timeoutMs?: number): Promise<Record<string, unknown>>;
/** A bare Kafka client for tests: sends encoded requests, reads frames back in order. */
export declare class RawKafka {
    readonly socket: Socket;
    private readonly frames;
    private waiters;
    closed: boolean;
    private constructor();
    static connect(bootstrap: string): Promise<RawKafka>;
    send<K extends keyof RequestByKey>(apiKey: K, apiVersion: number, correlationId: number, body: RequestByKey[K]): void;
    write(bytes: Buffer): void;
    /** The next response frame, or null when the connection closed first. */
    frame(timeoutMs?: number): Promise<Buffer | null>;
    response(apiKey: number, apiVersion: number): Promise<{
        correlationId: number;
        body: AnyResponse;
    }>;
    close(): void;
}
