import { AmqpSessionInfo } from './session-info.js';
import { Channel } from './channel.js';
import * as M from './codec/generated.js';
import { decodeTable, FrameParser, FrameWriter, heartbeatFrame, } from './codec/index.js';
import { AmqpError, amqpError, toAmqpError } from './errors.js';
import { serverProperties } from './server-properties.js';
const PROTOCOL_HEADER = Buffer.from('AMQP\x00\x00\x09\x01', 'latin1');
// Bytes of pending socket output past which consumers stop getting deliveries until
// the socket drains: keeps memory bounded when a client reads slowly.
const WRITE_HIGH_WATER = 4 * 1024 * 1024;
/** Why reading from the socket is paused; reading resumes when no reason is left. */
const PAUSED_BY_ALARM = 1;
const PAUSED_BY_UNCONFIRMED = 2;
export class Connection {
    id;
    socket;
    ctx;
    parser;
    /** Encodes this connection's output; its scratch buffer is this connection's own. */
    writer = new FrameWriter();
    channels = new Map();
    state = 'header';
    vhost;
    user = '';
    clientProperties = {};
    capabilities = {};
    frameMax;
    channelMax;
    heartbeat;
    corked = false;
    /** flow control: this connection published during an alarm and is not being read */
    blocked = false;
    /** bytes of publishes on this connection that wait for their confirm (sync to disk) */
    unconfirmedBytes = 0;
    /** PAUSED_BY_* bits: while any is set the socket is not read */
    pausedBy = 0;
    /** what management and metrics see of this connection */
    session = new AmqpSessionInfo(this);
    lastRecv = Date.now();
    lastSend = Date.now();
    heartbeatTimer;
    handshakeTimer;
    closeTimer;
    uncork = () => {
        this.corked = false;
        this.socket.uncork();
    };
    connectedAt = Date.now();
    constructor(id, socket, ctx) {
        this.id = id;
        this.socket = socket;
        this.ctx = ctx;
        this.frameMax = ctx.frameMax;
        this.channelMax = ctx.channelMax;
        this.heartbeat = ctx.heartbeat;
        // Until tune-ok, frames are held to the spec's minimum frame size, as RabbitMQ's
        // initial_frame_max: an unauthenticated client cannot make the broker buffer more.
        this.parser = new FrameParser(this, { frameMax: M.FRAME_MIN_SIZE });
        socket.setNoDelay(true);
        socket.on('data', (chunk) => {
            this.lastRecv = Date.now();
            this.parser.push(chunk);
        });
        socket.on('drain', () => this.onDrain());
        socket.on('error', () => { });
        socket.on('close', () => this.teardown());
        this.handshakeTimer = setTimeout(() => this.handshakeTimeout(), ctx.handshakeTimeoutMs);
    }
    get broker() {
        return this.ctx.broker;
    }
    /** RabbitMQ's handshake_timeout: a client that has not opened the connection in time is dropped. */
    handshakeTimeout() {
        if (this.state === 'open' || this.state === 'closed')
            return;
        this.ctx.log.info({ connection: this.id, remote: this.socket.remoteAddress, state: this.state }, `closing connection: handshake not completed within ${this.ctx.handshakeTimeoutMs} ms`);
        this.destroy();
    }
    // ---- output ----------------------------------------------------------------
    /** Writes are corked and flushed once per microtask checkpoint: one syscall per batch. */
    send(buf) {
        if (this.state === 'closed')
            return;
        if (!this.corked) {
            this.corked = true;
            this.socket.cork();
            queueMicrotask(this.uncork);
        }
        this.socket.write(buf);
        this.lastSend = Date.now();
    }
    sendMethod(channel, key, args) {
        this.send(this.writer.methodFrame(channel, key, args));
    }
    get writable() {
        return this.state === 'open' && this.socket.writableLength < WRITE_HIGH_WATER;
    }
    onDrain() {
        for (const ch of this.channels.values())
            ch.resumeDeliveries();
    }
    // ---- FrameHandler ----------------------------------------------------------
    onProtocolHeader() {
        this.state = 'start';
        this.sendMethod(0, M.CONNECTION_START, {
            versionMajor: 0,
            versionMinor: 9,
            serverProperties: serverProperties(this.ctx.version),
            mechanisms: 'PLAIN AMQPLAIN',
            locales: 'en_US',
        });
    }
    onBadProtocolHeader() {
        // The spec: answer with the header we do speak, then close.
        this.socket.end(PROTOCOL_HEADER);
        this.state = 'closed';
    }
    onMethod(channel, key, args) {
        if (key === M.BASIC_PUBLISH && this.ctx.broker.resources.alarms.size > 0)
            this.block();
        try {
            if (this.state === 'closing') {
                if (key === M.CONNECTION_CLOSE_OK)
                    this.destroy();
                else if (key === M.CONNECTION_CLOSE) {
                    this.sendMethod(0, M.CONNECTION_CLOSE_OK, {});
                    this.endSoon();
                }
                return;
            }
            if (this.state === 'closed')
                return;
            if (channel === 0)
                return this.onConnectionMethod(key, args);
            if (this.state !== 'open') {
                throw amqpError('COMMAND_INVALID', `${M.METHOD_NAMES[key] ?? key} before connection.open`);
            }
            if (key === M.CHANNEL_OPEN)
                return this.openChannel(channel);
            const ch = this.channels.get(channel);
            if (!ch) {
                if (key === M.CHANNEL_CLOSE_OK)
                    return;
                throw amqpError('CHANNEL_ERROR', `expected 'channel.open' on channel ${channel}`);
            }
            ch.onMethod(key, args);
        }
        catch (err) {
            this.fail(err, channel, key);
        }
    }
    onHeader(channel, classId, bodySize, properties) {
        if (this.state !== 'open')
            return;
        const ch = this.channels.get(channel);
        try {
            if (!ch)
                throw amqpError('CHANNEL_ERROR', `unexpected content header on channel ${channel}`);
            ch.onHeader(classId, bodySize, properties);
        }
        catch (err) {
            this.fail(err, channel, M.BASIC_PUBLISH);
        }
    }
    onBody(channel, payload) {
        if (this.state !== 'open')
            return;
        const ch = this.channels.get(channel);
        try {
            if (!ch)
                throw amqpError('CHANNEL_ERROR', `unexpected content body on channel ${channel}`);
            ch.onBody(payload);
        }
        catch (err) {
            this.fail(err, channel, M.BASIC_PUBLISH);
        }
    }
    onHeartbeat(channel) {
        if (channel !== 0)
            this.close(amqpError('FRAME_ERROR', 'heartbeat frame on a non-zero channel'));
    }
    onError(err, channel) {
        const text = `${codeName(err.replyCode)} - ${err.message}`;
        this.close(new AmqpError(err.replyCode, text, true, err.classId ?? 0, err.methodId ?? 0), channel);
    }
    // ---- handshake -------------------------------------------------------------
    onConnectionMethod(key, args) {
        if (this.state === 'open' && !OPEN_CONNECTION_METHODS.has(key)) {
            // RabbitMQ (rabbit_reader's handle_method0 fallback): 504, whatever the method
            throw amqpError('CHANNEL_ERROR', `unexpected ${M.METHOD_NAMES[key] ?? key} on channel 0 of an open connection`);
        }
        switch (key) {
            case M.CONNECTION_START_OK:
                return this.onStartOk(args);
            case M.CONNECTION_SECURE_OK:
                throw amqpError('COMMAND_INVALID', 'connection.secure-ok was not asked for');
            case M.CONNECTION_TUNE_OK:
                return this.onTuneOk(args);
            case M.CONNECTION_OPEN:
                return this.onOpen(args);
            case M.CONNECTION_CLOSE:
                this.sendMethod(0, M.CONNECTION_CLOSE_OK, {});
                this.state = 'closing';
                this.releaseChannels();
                this.endSoon();
                return;
            case M.CONNECTION_CLOSE_OK:
                this.destroy();
                return;
            case M.CONNECTION_UPDATE_SECRET:
                this.sendMethod(0, M.CONNECTION_UPDATE_SECRET_OK, {});
                return;
            case M.CONNECTION_BLOCKED:
            case M.CONNECTION_UNBLOCKED:
                return; // the client's own flow signals carry nothing for the server
            default:
                throw amqpError('COMMAND_INVALID', `unexpected ${M.METHOD_NAMES[key] ?? key} on channel 0`);
        }
    }
    onStartOk(a) {
        if (this.state !== 'start')
            throw amqpError('COMMAND_INVALID', 'unexpected connection.start-ok');
        this.clientProperties = a.clientProperties ?? {};
        const caps = this.clientProperties.capabilities;
        this.capabilities = caps && typeof caps === 'object' ? caps : {};
        const creds = parseCredentials(a.mechanism, a.response);
        if (!creds) {
            return this.refuseLogin(a.mechanism, '', `unknown authentication mechanism`, amqpError('COMMAND_INVALID', `unknown authentication mechanism '${a.mechanism}'`));
        }
        const refused = this.broker.authenticate(creds.user, creds.password, this.socket.remoteAddress);
        if (refused) {
            // The client learns only that the login was refused, as from RabbitMQ; the reason
            // (no such user, wrong password, loopback-only user) goes to the log.
            const text = `ACCESS_REFUSED - Login was refused using authentication mechanism ${a.mechanism}. For details see the broker logfile.`;
            return this.refuseLogin(a.mechanism, creds.user, refused, new AmqpError(403, text, true));
        }
        this.user = creds.user;
        this.state = 'tune';
        this.sendMethod(0, M.CONNECTION_TUNE, {
            channelMax: this.ctx.channelMax,
            frameMax: this.ctx.frameMax,
            heartbeat: this.ctx.heartbeat,
        });
    }
    /**
     * A failed login is answered only after authFailureDelayMs, reading nothing from the
     * client meanwhile, so one connection cannot guess passwords faster than that. It is a
     * timer, not a wait: other connections go on. Clients that announce
     * authentication_failure_close then get connection.close; older ones see the socket
     * close, as with RabbitMQ.
     */
    refuseLogin(mechanism, user, reason, e) {
        this.ctx.log.warn({ connection: this.id, user, mechanism, remote: this.socket.remoteAddress, reason }, 'authentication failed');
        this.state = 'refusing';
        this.parser.pause();
        this.socket.pause();
        clearTimeout(this.handshakeTimer);
        this.closeTimer = setTimeout(() => {
            if (e.replyCode !== 403 || this.capabilities.authentication_failure_close === true) {
                this.close(e);
                this.socket.resume(); // to read the client's close-ok
                this.parser.resume();
            }
            else
                this.destroy();
        }, this.ctx.authFailureDelayMs);
    }
    onTuneOk(a) {
        if (this.state !== 'tune')
            throw amqpError('COMMAND_INVALID', 'unexpected connection.tune-ok');
        const max = this.ctx.frameMax;
        const frameMax = a.frameMax === 0 ? max : a.frameMax;
        // RabbitMQ's texts; a client frame_max of 0 ("no limit") gets the server's maximum.
        if (frameMax !== 0 && frameMax < M.FRAME_MIN_SIZE) {
            throw tuneError(`negotiated frame_max = ${frameMax} is lower than the minimum allowed value (${M.FRAME_MIN_SIZE})`);
        }
        if (max !== 0 && frameMax > max) {
            throw tuneError(`negotiated frame_max = ${frameMax} is higher than the maximum allowed value (${max})`);
        }
        this.frameMax = frameMax;
        this.parser.frameMax = frameMax;
        this.channelMax = a.channelMax === 0 ? this.ctx.channelMax : Math.min(a.channelMax, this.ctx.channelMax);
        this.heartbeat = a.heartbeat;
        this.state = 'open-wait';
        this.startHeartbeats();
    }
    onOpen(a) {
        if (this.state !== 'open-wait')
            throw amqpError('COMMAND_INVALID', 'unexpected connection.open');
        if (this.broker.sessions.size >= this.ctx.connectionMax) {
            const why = `connection refused: node connection limit (${this.ctx.connectionMax}) is reached`;
            this.ctx.log.warn({ connection: this.id, user: this.user, remote: this.socket.remoteAddress }, why);
            throw amqpError('NOT_ALLOWED', why);
        }
        // the vhost exists, its and the user's connection limits, the user's permissions there
        this.vhost = this.broker.openVhost(this.user, a.virtualHost);
        this.state = 'open';
        clearTimeout(this.handshakeTimer);
        this.broker.sessions.add(this.session);
        this.sendMethod(0, M.CONNECTION_OPEN_OK, { knownHosts: '' });
    }
    openChannel(id) {
        // RabbitMQ counts open channels, whatever their numbers.
        if (this.channelMax !== 0 && this.channels.size >= this.channelMax) {
            throw amqpError('NOT_ALLOWED', `number of channels opened (${this.channels.size}) has reached the negotiated channel_max (${this.channelMax})`);
        }
        if (this.channels.has(id))
            throw amqpError('CHANNEL_ERROR', `second 'channel.open' seen on channel ${id}`);
        this.broker.checkChannelLimit(this.user);
        this.channels.set(id, new Channel(id, this));
        this.sendMethod(id, M.CHANNEL_OPEN_OK, { channelId: '' });
    }
    // ---- flow control ------------------------------------------------------------
    /**
     * A publish during a memory or disk alarm: stop reading this connection after the
     * current frame (TCP pushes back on the client) and tell clients that understand it.
     */
    block() {
        if (this.blocked)
            return;
        this.blocked = true;
        this.pauseReading(PAUSED_BY_ALARM);
        if (this.capabilities['connection.blocked'] === true) {
            const reason = [...this.ctx.broker.resources.alarms].map((a) => `low on ${a}`).join(', ');
            this.sendMethod(0, M.CONNECTION_BLOCKED, { reason });
        }
    }
    /** All alarms cleared: read again. */
    unblock() {
        if (!this.blocked || this.state === 'closed')
            return;
        this.blocked = false;
        if (this.capabilities['connection.blocked'] === true)
            this.sendMethod(0, M.CONNECTION_UNBLOCKED, {});
        this.resumeReading(PAUSED_BY_ALARM);
    }
    /**
     * Counts bytes of publishes that wait for their confirm (+ when published, - when the
     * batch is confirmed). Past maxUnconfirmedBytes the socket is not read until enough
     * are confirmed: TCP pushes back on a publisher that outruns the disk, and this
     * connection's memory stays bounded. The publish in hand is taken, so a message
     * larger than the limit still goes through, alone.
     */
    accountUnconfirmed = (delta) => {
        this.unconfirmedBytes += delta;
        const limit = this.ctx.maxUnconfirmedBytes;
        if (limit <= 0)
            return;
        if (this.unconfirmedBytes > limit)
            this.pauseReading(PAUSED_BY_UNCONFIRMED);
        else if (this.pausedBy & PAUSED_BY_UNCONFIRMED)
            this.resumeReading(PAUSED_BY_UNCONFIRMED);
    };
    /** True while reading is paused because of unconfirmed publishes (management shows 'flow'). */
    get throttled() {
        return (this.pausedBy & PAUSED_BY_UNCONFIRMED) !== 0;
    }
    pauseReading(reason) {
        if (this.pausedBy === 0) {
            this.parser.pause();
            this.socket.pause();
        }
        this.pausedBy |= reason;
    }
    resumeReading(reason) {
        if ((this.pausedBy & reason) === 0)
            return;
        this.pausedBy &= ~reason;
        if (this.pausedBy !== 0 || this.state === 'closed')
            return;
        this.socket.resume();
        this.parser.resume();
    }
    // ---- heartbeats ------------------------------------------------------------
    startHeartbeats() {
        if (this.heartbeat <= 0)
            return;
        const period = this.heartbeat * 1000;
        this.heartbeatTimer = setInterval(() => {
            const now = Date.now();
            if (now - this.lastRecv > period * 2) {
                this.ctx.log.info({ connection: this.id }, `missed heartbeats from client, timeout: ${this.heartbeat}s`);
                this.destroy();
                return;
            }
            if (now - this.lastSend >= period / 2)
                this.send(heartbeatFrame());
        }, period / 2);
        this.heartbeatTimer.unref();
    }
    // ---- errors and closing ----------------------------------------------------
    /** The boundary where errors become channel.close or connection.close. */
    fail(err, channel, key) {
        const e = toAmqpError(err);
        if (!(err instanceof AmqpError) && !err?.code) {
            this.ctx.log.error({ err, connection: this.id }, 'internal error handling a method');
        }
        if (key && !e.classId) {
            e.classId = key >>> 16;
            e.methodId = key & 0xffff;
        }
        const ch = this.channels.get(channel);
        if (!e.connectionLevel && channel !== 0 && ch)
            ch.closeWithError(e);
        else
            this.close(e, channel);
    }
    /** Server-initiated connection.close; the socket ends on close-ok or after a grace period. */
    close(e, _channel = 0) {
        if (this.state === 'closing' || this.state === 'closed')
            return;
        if (this.state === 'header')
            return this.destroy();
        this.sendMethod(0, M.CONNECTION_CLOSE, {
            replyCode: e.replyCode,
            replyText: e.text.slice(0, 255),
            classId: e.classId,
            methodId: e.methodId,
        });
        this.state = 'closing';
        this.releaseChannels();
        this.closeTimer = setTimeout(() => this.destroy(), 1000);
        this.closeTimer.unref();
    }
    endSoon() {
        this.closeTimer = setTimeout(() => this.destroy(), 100);
        this.closeTimer.unref();
        this.socket.end();
    }
    destroy() {
        if (this.state === 'closed')
            return;
        this.state = 'closed';
        this.socket.destroy();
        this.teardown();
    }
    releaseChannels() {
        for (const ch of this.channels.values())
            ch.release();
        this.channels.clear();
        if (this.vhost)
            this.vhost.releaseOwner(this.id);
    }
    teardown() {
        clearInterval(this.heartbeatTimer);
        clearTimeout(this.handshakeTimer);
        clearTimeout(this.closeTimer);
        this.state = 'closed';
        this.releaseChannels();
        this.ctx.connections.delete(this);
        this.ctx.broker.sessions.delete(this.session);
    }
}
/** A refused connection.tune-ok; RabbitMQ names connection.tune as the failing method. */
function tuneError(message) {
    const e = amqpError('NOT_ALLOWED', message);
    e.classId = M.CONNECTION_TUNE >>> 16;
    e.methodId = M.CONNECTION_TUNE & 0xffff;
    return e;
}
function codeName(code) {
    return (Object.entries(M.ReplyCode)
        .find(([, v]) => v === code)?.[0]
        .replace(/^REPLY_/, '') ?? String(code));
}
/**
 * PLAIN: "\0user\0password" in UTF-8; AMQPLAIN: a field table without its length prefix.
 * `response` is the longstr as decoded: a byte string, one char per byte (latin1).
 */
function parseCredentials(mechanism, response) {
    if (mechanism === 'PLAIN') {
        const parts = Buffer.from(response, 'latin1').toString('utf8').split('\u0000');
        if (parts.length !== 3)
            return { user: '', password: '\u0000invalid' };
        return { user: parts[1], password: parts[2] };
    }
    if (mechanism === 'AMQPLAIN') {
        const raw = Buffer.from(response, 'latin1');
        try {
            const t = decodeTable(raw, 0, raw.length);
            return { user: String(t.LOGIN ?? ''), password: String(t.PASSWORD ?? '') };
        }
        catch {
            return { user: '', password: '\u0000invalid' };
        }
    }
    return undefined;
}
/** What an open connection accepts on channel 0; anything else there is a 504. */
const OPEN_CONNECTION_METHODS = new Set([
    M.CONNECTION_CLOSE,
    M.CONNECTION_CLOSE_OK,
    M.CONNECTION_UPDATE_SECRET,
    M.CONNECTION_BLOCKED,
    M.CONNECTION_UNBLOCKED,
]);
//# sourceMappingURL=connection.js.map