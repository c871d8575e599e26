import { type RunningWharf, type StartWharfOptions } from '../../src/embedded/start-wharf.js';
export declare const PYTHON = "/usr/bin/python3";
export declare function hasRedisServer(): boolean;
export declare function hasRedisCli(): boolean;
export declare function hasRedisPy(): boolean;
export declare const NO_REDIS_SERVER = "redis-server is not installed (Debian package redis-server)";
export declare const NO_REDIS_CLI = "redis-cli is not installed (Debian package redis-tools)";
export declare const NO_REDIS_PY = "redis-py is not importable by /usr/bin/python3 (Debian package python3-redis)";
/** A Wharf in this process with its RESP front on a free port. */
export interface RespWharf {
    wharf: RunningWharf;
    port: number;
    close(): Promise<void>;
}
export declare function startRespWharf(options?: StartWharfOptions): Promise<RespWharf>;
/** A redis-server of our own, persistence off, in a temporary directory. */
export interface PrivateRedis {
    port: number;
    stop(): Promise<void>;
}
export declare function startPrivateRedis(extra?: string[]): Promise<PrivateRedis>;
export interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}
/** Runs a program to its end (bounded by timeoutMs), collecting its output. */
export declare function run(cmd: string, args: string[], input?: string, timeoutMs?: number, env?: Record<string, string>): Promise<Run>;
/** A Python program run by Debian's python3 (where redis-py 4.3.4 lives) with PORT in its environment. */
export declare function python(program: string, port: number, timeoutMs?: number): Promise<Run>;
/** Waits until `check` holds, polling, within a deadline. */
export declare function until(check: () => boolean | Promise<boolean>, timeoutMs?: number, what?: string): Promise<void>;
