// A small client of the management HTTP API for the operator commands: basic auth,
// JSON in and out, and the CLI's error messages for the usual failures.

/** An error the CLI prints as `wharf: <message>` before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  url: string;
  user: string;
  password: string;
  vhost: string;
  json?: boolean;
}

const REQUEST_TIMEOUT_MS = 10_000;

export class ApiClient {
  private readonly base: string;
  private readonly auth: string;

  constructor(readonly opts: ApiOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;
  }

  /** `/api/<kind>/<vhost>/<name>` with both parts escaped (vhost `/` is `%2F`). */
  path(kind: string, name?: string, suffix = ''): string {
    const v = encodeURIComponent(this.opts.vhost);
    return `/api/${kind}/${v}${name === undefined ? '' : `/${encodeURIComponent(name)}`}${suffix}`;
  }

  /**
   * Sends a request and answers the parsed JSON body (undefined when empty).
   * `notFound` is the message for a 404 (the object the path names does not exist).
   */
  async request(method: string, path: string, body?: unknown, notFound?: string): Promise<unknown> {
    const headers: Record<string, string> = { authorization: this.auth, accept: 'application/json' };
    let payload: string | undefined;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new CliError(`cannot reach the management API at ${this.opts.url}`);
    }
    const text = await res.text();
    if (res.status === 401) throw new CliError(`authentication failed (user ${this.opts.user})`);
    if (res.status === 404) throw new CliError(notFound ?? `not found: ${path}`);
    let json: unknown;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
    }
    if (res.status >= 400) {
      const e = json as { error?: string; reason?: string } | undefined;
      const why = typeof e === 'object' && e ? (e.reason ?? e.error) : text;
      throw new CliError(`${method} ${path} failed with HTTP ${res.status}: ${why ?? res.statusText}`);
    }
    return json;
  }

  get(path: string, notFound?: string): Promise<unknown> {
    return this.request('GET', path, undefined, notFound);
  }
}
