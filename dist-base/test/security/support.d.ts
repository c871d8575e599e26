import type { Channel, ChannelModel } from 'amqplib';
export declare const enc: typeof encodeURIComponent;
export interface ApiAnswer {
    status: number;
    body: any;
    headers: Headers;
}
export interface As {
    user: string;
    password: string;
}
export declare const GUEST: As;
export declare function api(httpPort: number, path: string, init?: {
    method?: string;
    body?: unknown;
    as?: As | null;
}): Promise<ApiAnswer>;
/** Fails the test with the answer when the status is not the expected one. */
export declare function expectStatus(r: ApiAnswer, status: number | number[], what: string): void;
export declare function amqpUrl(port: number, as: As, vhost: string, host?: string): string;
export declare function openAs(port: number, as: As, vhost: string): Promise<ChannelModel>;
/** 'ok', or the close the server answered with: "403 ACCESS_REFUSED - ...". */
export type Result = string;
/** The reply code and text of an amqplib error raised by a channel or connection close. */
export declare function closeText(err: unknown): Result;
/** Waits for the server to close `conn` and returns its code and text. */
export declare function closedWith(conn: ChannelModel): Promise<Result>;
/**
 * Runs op on a fresh channel of conn, then a passive declare of amq.direct as a barrier
 * (needs no permission; the server handles a channel's methods in order), and reports
 * how the server answered.
 */
export declare function tryOp(conn: ChannelModel, op: (ch: Channel) => unknown): Promise<Result>;
/**
 * Logs in with PLAIN and opens `vhost` over a raw socket: 'ok', or the code and text of
 * the connection.close the server sent instead (authentication_failure_close is
 * announced, so a refused login is a close too).
 */
export declare function openResult(port: number, as: As, vhost: string): Promise<Result>;
/** True when rabbitmqctl runs and reaches the local node (it needs root). */
export declare function hasRabbitmqctl(): boolean;
/** Runs one rabbitmqctl command (with `input` on its stdin); rejects with its output when it fails. */
export declare function rabbitmqctlWith(input: string | undefined, ...args: string[]): Promise<string>;
export declare const rabbitmqctl: (...args: string[]) => Promise<string>;
/**
 * `rabbitmqctl import_definitions` of a document. The CLI runs as the rabbitmq user (its
 * wrapper su's) and 3.10 refuses "-" for stdin, so the file goes where that user can read it.
 */
export declare function rabbitImport(doc: unknown): Promise<void>;
/** Runs commands one after the other, continuing past failures (for cleanup). */
export declare function rabbitmqctlAll(commands: string[][]): Promise<void>;
