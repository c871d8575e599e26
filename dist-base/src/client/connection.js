// One AMQP connection that comes back after it is lost: tries the given URLs in turn
// with exponential backoff and jitter, and on every (re)connect runs the restore hooks
// (topology, publisher, consumers, request-reply) in the order they were added, before
// it reports `connected`. Nothing here knows what the hooks restore.
import amqp from 'amqplib';
import { backoffDelay, sleep } from './backoff.js';
import { AccessRefusedError, asError, ClientClosedError } from './errors.js';
import { probeRefusal } from './handshake-probe.js';
export const DEFAULT_RECONNECT = {
    initialDelayMs: 100,
    maxDelayMs: 10_000,
    factor: 2,
    jitter: 0.5,
    maxAttempts: Number.POSITIVE_INFINITY,
};
function redact(url) {
    return url.replace(/\/\/[^@/]*@/, '//');
}
// amqplib's texts for a connection.close during the handshake: in answer to start-ok
// (it names code and text), and in answer to connection.open (it names neither).
const TERMINATED = /^Handshake terminated by server: (\d+) \([^)]*\) with message "([\s\S]*)"$/;
const OPEN_REFUSED = /^Expected ConnectionOpenOk; got <ConnectionClose/;
/**
 * An AccessRefusedError when `err` is the broker refusing the handshake (credentials,
 * virtual host), else undefined: a network error or a broker going away is transient.
 */
export async function refusalOf(err, url, timeoutMs) {
    const m = TERMINATED.exec(err.message);
    if (m)
        return new AccessRefusedError(Number(m[1]), m[2], redact(url));
    if (!OPEN_REFUSED.test(err.message))
        return undefined;
    const reason = await probeRefusal(url, timeoutMs);
    // The probe got in (the refusal was a passing state, e.g. a connection limit): transient.
    if (!reason)
        return undefined;
    return new AccessRefusedError(reason.replyCode, reason.replyText, redact(url));
}
export class ConnectionManager {
    settings;
    events;
    conn;
    state = 'idle';
    urlIndex = 0;
    restoreHooks = [];
    lostHooks = [];
    openWaiters = [];
    /** Aborts a backoff sleep when close() is called. */
    stopping = new AbortController();
    connectedOnce = false;
    /** Connections that closed: restore hooks stop early on them. */
    lost = new WeakSet();
    blocked = false;
    /** URL of the current connection (credentials removed). */
    currentUrl = '';
    /** The same with credentials, for a side connection to the same broker. */
    rawUrl = '';
    constructor(settings, events) {
        this.settings = settings;
        this.events = events;
    }
    onRestore(hook) {
        this.restoreHooks.push(hook);
    }
    onLost(hook) {
        this.lostHooks.push(hook);
    }
    /** True once `conn` has closed (restore hooks use it to tell a lost connection from a failed step). */
    isLost(conn) {
        return this.lost.has(conn);
    }
    get isOpen() {
        return this.state === 'open';
    }
    get isClosed() {
        return this.state === 'closing' || this.state === 'closed';
    }
    /** The open connection, or undefined while (re)connecting. */
    get current() {
        return this.state === 'open' ? this.conn : undefined;
    }
    /** Resolves with the open connection, waiting through a reconnect; rejects once closed. */
    whenOpen() {
        if (this.state === 'open' && this.conn)
            return Promise.resolve(this.conn);
        if (this.isClosed)
            return Promise.reject(new ClientClosedError());
        return new Promise((resolve, reject) => this.openWaiters.push({ resolve, reject }));
    }
    /** The first connection: resolves when it is open and restored, rejects after `initialAttempts`. */
    async start() {
        this.state = 'connecting';
        let lastError;
        for (let attempt = 1; attempt <= this.settings.initialAttempts; attempt++) {
            if (this.isClosed)
                throw new ClientClosedError();
            try {
                await this.openOnce(false);
                return;
            }
            catch (err) {
                lastError = asError(err);
                const refused = await this.refusal(lastError);
                if (refused) {
                    // Wrong credentials or vhost: no later attempt can succeed.
                    this.state = 'closed';
                    this.rejectWaiters(refused);
                    throw refused;
                }
            }
            if (attempt < this.settings.initialAttempts) {
                const delayMs = backoffDelay(attempt, this.settings.reconnect || DEFAULT_RECONNECT);
                this.events.emit('reconnecting', { attempt, delayMs, error: lastError });
                await sleep(delayMs, this.stopping.signal).catch(() => { });
            }
        }
        this.state = 'closed';
        this.rejectWaiters(lastError ?? new Error('could not connect'));
        throw lastError ?? new Error('could not connect');
    }
    /** The URL last tried, for classifying its failure. */
    lastUrl = '';
    refusal(err) {
        if (err instanceof AccessRefusedError)
            return Promise.resolve(err);
        return refusalOf(err, this.lastUrl, this.settings.connectTimeoutMs);
    }
    nextUrl() {
        const url = this.settings.urls[this.urlIndex % this.settings.urls.length];
        this.urlIndex++;
        this.lastUrl = url;
        return url;
    }
    async openOnce(reconnect) {
        const url = this.nextUrl();
        const conn = await amqp.connect(this.withHeartbeat(url), {
            timeout: this.settings.connectTimeoutMs,
            // No `capabilities` here: amqplib merges these properties shallowly, and its own
            // capabilities include authentication_failure_close, without which a broker answers
            // wrong credentials by closing the socket instead of with 403 ACCESS_REFUSED.
            clientProperties: {
                ...(this.settings.connectionName ? { connection_name: this.settings.connectionName } : {}),
                product: 'wharfmq/client',
            },
        });
        if (this.isClosed) {
            await conn.close().catch(() => { });
            throw new ClientClosedError();
        }
        let lost = false;
        const onGone = (err) => {
            if (lost)
                return;
            lost = true;
            this.handleLost(conn, err);
        };
        // Without an 'error' listener amqplib's emitter would throw on a connection error.
        conn.on('error', (err) => {
            this.events.emit('error', err);
        });
        conn.on('close', (err) => onGone(err));
        conn.on('blocked', (reason) => {
            this.blocked = true;
            this.events.emit('blocked', { reason });
        });
        conn.on('unblocked', () => {
            this.blocked = false;
            this.events.emit('unblocked');
        });
        this.conn = conn;
        this.blocked = false;
        try {
            // Hooks see the connection before anyone else may use it: topology first, so
            // queues exist before publishes and consumers resume.
            for (const hook of this.restoreHooks) {
                await hook(conn, reconnect);
            }
        }
        catch (err) {
            // A restore that failed because the connection went away is retried by the
            // reconnect loop; anything else is reported, and the connection kept.
            if (lost)
                throw asError(err);
            this.events.emit('error', asError(err));
        }
        if (lost)
            throw new Error('connection lost during restore');
        if (this.isClosed) {
            // close() was called while the hooks ran: it found no connection to close.
            await conn.close().catch(() => { });
            throw new ClientClosedError();
        }
        this.state = 'open';
        this.currentUrl = redact(url);
        this.rawUrl = url;
        this.connectedOnce = true;
        const waiters = this.openWaiters;
        this.openWaiters = [];
        for (const w of waiters)
            w.resolve(conn);
        this.events.emit('connected', { url: this.currentUrl, reconnect });
    }
    withHeartbeat(url) {
        const u = new URL(url);
        if (!u.searchParams.has('heartbeat'))
            u.searchParams.set('heartbeat', String(this.settings.heartbeatSeconds));
        return u.toString();
    }
    handleLost(conn, err) {
        this.lost.add(conn);
        if (this.conn !== conn)
            return;
        const wasOpen = this.state === 'open';
        this.conn = undefined;
        for (const hook of this.lostHooks) {
            try {
                hook(err);
            }
            catch (e) {
                this.events.emit('error', asError(e));
            }
        }
        if (this.isClosed)
            return;
        if (wasOpen)
            this.events.emit('disconnected', err ? { error: err } : {});
        // During start() the initial loop owns retries; afterwards the reconnect loop does.
        if (this.connectedOnce && this.state !== 'connecting')
            void this.reconnectLoop(err);
    }
    async reconnectLoop(cause) {
        const policy = this.settings.reconnect;
        if (policy === false) {
            this.events.emit('error', new Error(`connection lost and reconnect is off: ${cause?.message ?? 'closed'}`));
            this.state = 'closed';
            this.rejectWaiters(new ClientClosedError('connection lost and reconnect is off'));
            return;
        }
        this.state = 'connecting';
        let lastError = cause;
        for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
            const delayMs = backoffDelay(attempt, policy);
            this.events.emit('reconnecting', lastError ? { attempt, delayMs, error: lastError } : { attempt, delayMs });
            try {
                await sleep(delayMs, this.stopping.signal);
            }
            catch {
                return; // close() was called
            }
            if (this.isClosed)
                return;
            try {
                await this.openOnce(true);
                return;
            }
            catch (err) {
                lastError = asError(err);
                if (this.isClosed)
                    return;
                // Refused credentials may be fixed on the broker while the client waits (a
                // password rotated back, a vhost re-created): keep trying, but say why.
                const refused = await this.refusal(lastError);
                if (refused) {
                    lastError = refused;
                    this.events.emit('error', refused);
                }
            }
        }
        this.state = 'closed';
        const gaveUp = new Error(`gave up reconnecting after ${policy.maxAttempts} attempts: ${lastError?.message ?? ''}`);
        this.events.emit('error', gaveUp);
        this.rejectWaiters(gaveUp);
    }
    rejectWaiters(err) {
        const waiters = this.openWaiters;
        this.openWaiters = [];
        for (const w of waiters)
            w.reject(err);
    }
    /** Closes the connection for good (no reconnect). Callers drain their work first. */
    async close() {
        if (this.state === 'closed')
            return;
        this.state = 'closing';
        this.stopping.abort();
        this.rejectWaiters(new ClientClosedError());
        const conn = this.conn;
        this.conn = undefined;
        if (conn) {
            for (const hook of this.lostHooks) {
                try {
                    hook(undefined);
                }
                catch {
                    // closing anyway
                }
            }
            await conn.close().catch(() => { });
        }
        this.state = 'closed';
    }
}
//# sourceMappingURL=connection.js.map