import type { IncomingMessage, ServerResponse } from 'node:http';
/** An error answered as `{error, reason}` with its HTTP status. */
export declare class HttpError extends Error {
    readonly status: number;
    readonly error: string;
    readonly reason: string;
    constructor(status: number, error: string, reason: string);
}
export declare const notFound: () => HttpError;
export declare const badRequest: (reason: string) => HttpError;
export declare function sendJson(res: ServerResponse, status: number, body: unknown, headers?: {}): void;
export declare function sendEmpty(res: ServerResponse, status: number): void;
/** Reads and parses a JSON request body; an empty body is an empty object. */
export declare function readJson(req: IncomingMessage): Promise<unknown>;
/** The body as a JSON object, or 400. */
export declare function asObject(v: unknown): Record<string, unknown>;
