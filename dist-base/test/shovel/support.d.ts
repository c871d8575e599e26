import type { ChannelModel } from 'amqplib';
import { type WharfProcess } from '../helpers/brokers.js';
export interface CliRun {
    code: number | null;
    stdout: string;
    stderr: string;
}
/** Runs the `wharf` CLI as a child process against `w`'s management API. */
export declare function cli(w: WharfProcess, args: string[], timeoutMs?: number): Promise<CliRun>;
export declare const enc: typeof encodeURIComponent;
export declare function putShovel(httpPort: number, name: string, value: Record<string, unknown>, vhost?: string): Promise<void>;
/** The shovel's entry in GET /api/shovels, or undefined when it is not listed. */
export declare function shovelStatus(httpPort: number, name: string, vhost?: string): Promise<any>;
/** Polls `probe` until it answers something truthy; fails with `what` after `ms`. */
export declare function waitFor<T>(probe: () => Promise<T>, ms: number, what: () => string): Promise<T>;
/** Publishes persistent messages with message ids from..to-1 (confirmed in batches of 1000). */
export declare function publishNumbered(url: string, queue: string, from: number, to: number): Promise<void>;
/** A queue's message count (ready only), by a passive declare. */
export declare function depth(conn: ChannelModel, queue: string): Promise<number>;
export interface Tally {
    total: number;
    distinct: number;
    duplicates: number;
    missing: number[];
}
/**
 * Takes every message of `queue` (no-ack) until `expected` distinct ids arrived and the
 * queue stayed empty a moment, and tallies them against ids 0..expected-1.
 */
export declare function drainTally(url: string, queue: string, expected: number, ms: number): Promise<Tally>;
/** The queue's total messages (ready + unacked) on a Wharf, through its API. */
export declare function wharfQueueMessages(httpPort: number, queue: string): Promise<number>;
