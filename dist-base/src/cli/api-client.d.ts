/**
 * The operator commands' exit codes (docs/cli.md). Scripts may rely on them: a new
 * condition gets a new number, an existing number never changes meaning.
 */
export declare const EXIT: {
    /** done as asked */
    readonly OK: 0;
    /** could not do it: API unreachable, authentication failed, no such object, bad input, HTTP error */
    readonly ERROR: 1;
    /** publish: the message reached no queue */
    readonly NOT_ROUTED: 2;
    /** status: a resource alarm is in effect or a critical alert fires; alerts: a critical alert fires */
    readonly UNHEALTHY: 3;
    /** consume --count N --timeout S: fewer than N messages arrived in time (those that did are printed) */
    readonly TIMEOUT: 4;
    /** SIGINT/SIGTERM stopped a long command (consume, dlq replay, shovel create --wait) after its request in flight */
    readonly INTERRUPTED: 130;
};
/** An error the CLI prints as `wharf: <message>` before exiting with `exitCode`. */
export declare class CliError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
export interface ApiOptions {
    url: string;
    user: string;
    password: string;
    vhost: string;
    json?: boolean;
}
export declare class ApiClient {
    readonly opts: ApiOptions;
    private readonly base;
    private readonly auth;
    constructor(opts: ApiOptions);
    /** `/api/<kind>/<vhost>/<name>` with both parts escaped (vhost `/` is `%2F`). */
    path(kind: string, name?: string, suffix?: string): string;
    /**
     * Sends a request and answers the parsed JSON body (undefined when empty).
     * `notFound` is the message for a 404 (the object the path names does not exist).
     */
    request(method: string, path: string, body?: unknown, notFound?: string): Promise<unknown>;
    /**
     * Sends a request and answers the status and body whatever the status, for the
     * endpoints whose error statuses carry meaning (the health check's 503). Still
     * throws for an unreachable API and for 401.
     */
    send(method: string, path: string, body?: unknown): Promise<{
        status: number;
        json: unknown;
        text: string;
    }>;
    get(path: string, notFound?: string): Promise<unknown>;
}
