// A small client of the management HTTP API for the operator commands: basic auth,
// JSON in and out, and the CLI's error messages for the usual failures.
/**
 * The operator commands' exit codes (docs/cli.md). Scripts may rely on them: a new
 * condition gets a new number, an existing number never changes meaning.
 */
export const EXIT = {
    /** done as asked */
    OK: 0,
    /** could not do it: API unreachable, authentication failed, no such object, bad input, HTTP error */
    ERROR: 1,
    /** publish: the message reached no queue */
    NOT_ROUTED: 2,
    /** status: a resource alarm is in effect or a critical alert fires; alerts: a critical alert fires */
    UNHEALTHY: 3,
    /** consume --count N --timeout S: fewer than N messages arrived in time (those that did are printed) */
    TIMEOUT: 4,
    /** SIGINT/SIGTERM stopped a long command (consume, dlq replay, shovel create --wait) after its request in flight */
    INTERRUPTED: 130,
};
/** An error the CLI prints as `wharf: <message>` before exiting with `exitCode`. */
export class CliError extends Error {
    exitCode;
    constructor(message, exitCode = EXIT.ERROR) {
        super(message);
        this.exitCode = exitCode;
    }
}
const REQUEST_TIMEOUT_MS = 10_000;
export class ApiClient {
    opts;
    base;
    auth;
    constructor(opts) {
        this.opts = opts;
        this.base = opts.url.replace(/\/+$/, '');
        this.auth = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;
    }
    /** `/api/<kind>/<vhost>/<name>` with both parts escaped (vhost `/` is `%2F`). */
    path(kind, name, suffix = '') {
        const v = encodeURIComponent(this.opts.vhost);
        return `/api/${kind}/${v}${name === undefined ? '' : `/${encodeURIComponent(name)}`}${suffix}`;
    }
    /**
     * Sends a request and answers the parsed JSON body (undefined when empty).
     * `notFound` is the message for a 404 (the object the path names does not exist).
     */
    async request(method, path, body, notFound) {
        const { status, json, text } = await this.send(method, path, body);
        if (status === 404)
            throw new CliError(notFound ?? `not found: ${path}`);
        if (status >= 400) {
            const e = json;
            const why = typeof e === 'object' && e ? (e.reason ?? e.error) : text;
            throw new CliError(`${method} ${path} failed with HTTP ${status}: ${why || status}`);
        }
        return json;
    }
    /**
     * Sends a request and answers the status and body whatever the status, for the
     * endpoints whose error statuses carry meaning (the health check's 503). Still
     * throws for an unreachable API and for 401.
     */
    async send(method, path, body) {
        const headers = { authorization: this.auth, accept: 'application/json' };
        let payload;
        if (body !== undefined) {
            payload = JSON.stringify(body);
            headers['content-type'] = 'application/json';
        }
        let res;
        let text;
        try {
            res = await fetch(this.base + path, {
                method,
                headers,
                body: payload,
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            });
            text = await res.text();
        }
        catch (err) {
            if (err.name === 'TimeoutError') {
                throw new CliError(`no answer from the management API at ${this.opts.url} within ${REQUEST_TIMEOUT_MS / 1000}s (${method} ${path})`);
            }
            throw new CliError(`cannot reach the management API at ${this.opts.url}`);
        }
        if (res.status === 401)
            throw new CliError(`authentication failed (user ${this.opts.user})`);
        let json;
        if (text) {
            try {
                json = JSON.parse(text);
            }
            catch {
                json = text;
            }
        }
        return { status: res.status, json, text };
    }
    get(path, notFound) {
        return this.request('GET', path, undefined, notFound);
    }
}
//# sourceMappingURL=api-client.js.map