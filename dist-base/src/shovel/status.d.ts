import type { ShovelWorker } from './worker.js';
type Json = Record<string, unknown>;
/** RabbitMQ's format_ts: local time, "2024-05-06 9:04:05" (the hour not padded). */
export declare function formatTimestamp(d: Date): string;
export declare function shovelStatus(w: ShovelWorker, node: string): Json;
export {};
