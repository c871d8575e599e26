import { type Command } from 'commander';
import { ApiClient, type ApiOptions } from '../api-client.js';
export type Json = any;
export declare function withApiOptions(cmd: Command): Command;
/** --progress / --no-progress for the commands that may draw a progress bar. */
export declare function withProgressOptions(cmd: Command): Command;
/**
 * SIGINT/SIGTERM handling for the long commands: the first signal asks the loop to
 * stop after the request in flight (its result is still reported), a second one exits
 * at once. `wait` sleeps, cut short by the signal.
 */
export declare class Interrupt {
    stopped: boolean;
    private readonly abort;
    private readonly onSignal;
    constructor();
    wait(ms: number): Promise<void>;
    dispose(): void;
}
/** Runs `fn` with a client for the options; prints errors as `wharf: ...` and sets the exit code. */
export declare function run<O extends ApiOptions>(opts: O, fn: (api: ApiClient) => Promise<number | void>): Promise<void>;
export declare function printJson(value: unknown): void;
/** One JSON document per line (JSON Lines), for streams of messages. */
export declare function printJsonLine(value: unknown): void;
export declare const yesNo: (v: unknown) => "yes" | "no";
/** Aligned plain-text table; columns listed in `right` are right-aligned. */
export declare function table(headers: string[], rows: string[][], right?: number[]): string;
export declare function rate(stats: Json, name: string): string;
/** Seconds as a short human age: 42s, 5m12s, 3h04m, 2d05h. */
export declare function age(seconds: number | undefined | null): string;
export declare function nonNegativeNumber(value: string): number;
export declare function positiveInt(value: string): number;
export declare const noSuchQueue: (name: string, vhost: string) => string;
