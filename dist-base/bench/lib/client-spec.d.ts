export interface PublishSpec {
    role: 'publish';
    url: string;
    exchange: string;
    routingKey: string;
    count: number;
    bodySize: number;
    persistent: boolean;
    /** unconfirmed messages allowed in flight; 0 = no confirms (plain channel). */
    window: number;
    /** msg/s pacing; 0 = as fast as the window allows. */
    rate: number;
    /** write process.hrtime (ns, as a double) into the first 8 body bytes for latency. */
    stamp: boolean;
    /** record publish->confirm latency of every message (confirm-each). */
    confirmLatency: boolean;
    /** stop publishing after this long even if `count` is not reached. */
    maxMs: number;
    /** queue to checkQueue after a no-confirm run: its reply proves the broker took every publish. */
    syncQueue?: string;
    /** the pre-encoded load client (fast-amqp.ts) instead of amqplib: confirms only, no stamps */
    fast?: boolean;
}
export interface ConsumeSpec {
    role: 'consume';
    url: string;
    queue: string;
    prefetch: number;
    /** read the publisher's stamp and record end-to-end latency. */
    latency: boolean;
    /** shared counter value at which the worker reports "target reached". */
    target: number;
    /** the pre-encoded load client (fast-amqp.ts) instead of amqplib: no latency */
    fast?: boolean;
}
export interface IdleSpec {
    role: 'idle';
    url: string;
    connections: number;
    heartbeat: number;
}
export type ClientSpec = PublishSpec | ConsumeSpec | IdleSpec;
export interface ClientResult {
    role: ClientSpec['role'];
    /** hrtime ns of "go" as seen by the worker, and of its last operation. */
    startNs: number;
    endNs: number;
    count: number;
    nacks: number;
    /** latencies in µs (end-to-end for consumers, confirm round trip for publishers). */
    latencies?: Float64Array;
    /** idle role: connections actually opened and the first error if some failed. */
    opened?: number;
    error?: string;
}
export type ToWorker = {
    type: 'go';
} | {
    type: 'stop';
};
export type FromWorker = {
    type: 'ready';
    opened?: number;
    error?: string;
} | {
    type: 'target';
    atNs: number;
} | {
    type: 'done';
    result: ClientResult;
} | {
    type: 'fail';
    error: string;
};
