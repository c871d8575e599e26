import { Access } from '../broker/index.js';
import { ApiKey, CodecErrorKind, FrameSplitter, KafkaCodecError, apiVersionsBody, decodeRequest, encodeResponse, kafkaErrorName, } from './codec/index.js';
import { handlerFor } from './dispatch.js';
import { KafkaSessionInfo } from './session-info.js';
import { SaslState } from './sasl.js';
/** Requests waiting for their reply past which the socket is not read (resumed at half). */
const MAX_IN_FLIGHT = 128;
/** Bytes of unsent output past which the socket is not read until it drains. */
const WRITE_HIGH_WATER = 8 * 1024 * 1024;
export class KafkaConnection {
    id;
    socket;
    ctx;
    connectedAt = Date.now();
    session;
    sasl;
    /** the Wharf user this connection acts as ('' until known) */
    user = '';
    /** that user's permissions in the listener's vhost; undefined until the user is known */
    access;
    clientId = '';
    clientSoftware = '';
    splitter;
    slots = [];
    slotHead = 0;
    corked = false;
    paused = false;
    closed = false;
    /** aborted when the connection goes away: parked long polls and group waits end with it */
    gone = new AbortController();
    /** requests and bytes seen, for the management listing */
    requests = 0;
    constructor(id, socket, ctx) {
        this.id = id;
        this.socket = socket;
        this.ctx = ctx;
        this.splitter = new FrameSplitter((frame) => this.onFrame(frame), ctx.options.maxRequestBytes);
        this.session = new KafkaSessionInfo(this);
        this.sasl = new SaslState(this);
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.onData(chunk));
        socket.on('error', () => this.destroy());
        socket.on('close', () => this.cleanup());
        socket.on('drain', () => this.maybeResume());
    }
    /** Registers the connection with the broker as `user` (vhost access, per-user connection limits). */
    attach(user) {
        this.ctx.broker.openVhost(user, this.ctx.options.vhost);
        if (this.user !== '')
            this.ctx.broker.sessions.delete(this.session);
        this.user = user;
        this.access = new Access(user, this.ctx.options.vhost, this.ctx.broker.identity.permissions);
        this.ctx.broker.sessions.add(this.session);
    }
    get remote() {
        return `${this.socket.remoteAddress}:${this.socket.remotePort}`;
    }
    onData(chunk) {
        if (this.closed)
            return;
        try {
            this.splitter.push(chunk);
        }
        catch (err) {
            this.fail(err);
        }
    }
    onFrame(frame) {
        if (this.closed)
            return;
        if (this.sasl.awaitingRawToken) {
            // after SaslHandshake v0 the token comes as a bare frame with no request header, and its
            // answer goes back the same way
            const answer = this.sasl.rawToken(frame);
            if (answer === undefined)
                this.close('SASL authentication failed');
            else
                this.enqueueRaw(answer);
            return;
        }
        let req;
        try {
            req = decodeRequest(frame);
        }
        catch (err) {
            if (err instanceof KafkaCodecError &&
                err.kind === CodecErrorKind.UNSUPPORTED_VERSION &&
                err.apiKey === ApiKey.ApiVersions &&
                err.correlationId !== undefined) {
                // a version newer than ours: answered as v0 with UNSUPPORTED_VERSION and our table, so the
                // client retries with a version both know (librdkafka, kafkajs)
                this.enqueue(ApiKey.ApiVersions, 0, err.correlationId, apiVersionsBody(35));
                return;
            }
            throw err;
        }
        this.requests++;
        const h = req.header;
        if (req.trailingBytes > 0)
            this.ctx.log.debug({ remote: this.remote, apiKey: h.apiKey }, `Kafka request with ${req.trailingBytes} trailing bytes`);
        if (h.clientId)
            this.clientId = h.clientId;
        if (!this.sasl.permits(h.apiKey)) {
            throw new KafkaCodecError(CodecErrorKind.MALFORMED, `request ${h.apiKey} before SASL authentication completed`);
        }
        const handler = handlerFor(h.apiKey);
        const reply = handler(this, req);
        if (reply instanceof Promise) {
            const slot = {
                apiKey: h.apiKey,
                apiVersion: h.apiVersion,
                correlationId: h.correlationId,
                done: false,
                body: undefined,
            };
            this.slots.push(slot);
            if (this.slots.length - this.slotHead >= MAX_IN_FLIGHT)
                this.pause();
            reply.then((body) => {
                slot.done = true;
                slot.body = body;
                this.flush();
            }, (err) => this.fail(err));
        }
        else {
            this.enqueue(h.apiKey, h.apiVersion, h.correlationId, reply);
        }
    }
    enqueue(apiKey, apiVersion, correlationId, body) {
        if (this.slotHead === this.slots.length) {
            if (body !== undefined)
                this.write(apiKey, apiVersion, correlationId, body);
            return;
        }
        this.slots.push({ apiKey, apiVersion, correlationId, done: true, body });
    }
    enqueueRaw(token) {
        const frame = Buffer.allocUnsafe(4 + token.length);
        frame.writeInt32BE(token.length, 0);
        token.copy(frame, 4);
        if (this.slotHead === this.slots.length)
            this.writeRaw([frame]);
        else
            this.slots.push({
                raw: frame,
                apiKey: -1,
                apiVersion: 0,
                correlationId: 0,
                done: true,
                body: undefined,
            });
    }
    /** Sends the replies at the head of the queue that are ready, in request order. */
    flush() {
        while (this.slotHead < this.slots.length && this.slots[this.slotHead].done) {
            const s = this.slots[this.slotHead++];
            if (s.raw)
                this.writeRaw([s.raw]);
            else if (s.body !== undefined)
                this.write(s.apiKey, s.apiVersion, s.correlationId, s.body);
        }
        if (this.slotHead === this.slots.length) {
            this.slots.length = 0;
            this.slotHead = 0;
        }
        else if (this.slotHead > 1024) {
            this.slots.splice(0, this.slotHead);
            this.slotHead = 0;
        }
        this.maybeResume();
    }
    write(apiKey, apiVersion, correlationId, body) {
        if (this.closed)
            return;
        let chunks;
        try {
            chunks = encodeResponse(apiKey, apiVersion, correlationId, body);
        }
        catch (err) {
            this.fail(err);
            return;
        }
        this.writeRaw(chunks);
    }
    /** Writes bytes as they are, corked until the end of this tick (one syscall for many replies). */
    writeRaw(chunks) {
        if (this.closed)
            return;
        if (!this.corked) {
            this.corked = true;
            this.socket.cork();
            process.nextTick(() => {
                this.corked = false;
                this.socket.uncork();
            });
        }
        for (const c of chunks)
            this.socket.write(c);
        if (this.socket.writableLength > WRITE_HIGH_WATER)
            this.pause();
    }
    pause() {
        if (this.paused)
            return;
        this.paused = true;
        this.socket.pause();
    }
    maybeResume() {
        if (!this.paused || this.closed)
            return;
        if (this.slots.length - this.slotHead > MAX_IN_FLIGHT / 2)
            return;
        if (this.socket.writableLength > WRITE_HIGH_WATER / 2)
            return;
        this.paused = false;
        this.socket.resume();
    }
    /** Closes this connection after input it cannot handle; logs why, never throws. */
    fail(err) {
        if (this.closed)
            return;
        if (err instanceof KafkaCodecError) {
            this.ctx.log.warn({ remote: this.remote, apiKey: err.apiKey, apiVersion: err.apiVersion, kind: err.kind }, `closing Kafka connection: ${err.message}`);
        }
        else {
            this.ctx.log.error({ remote: this.remote, err }, `closing Kafka connection after an internal error`);
        }
        this.destroy();
    }
    /** Ends the connection after the replies already written (management close, shutdown). */
    close(reason) {
        if (this.closed)
            return;
        this.ctx.log.info({ remote: this.remote, reason }, 'closing Kafka connection');
        this.closed = true;
        this.socket.end();
        this.cleanup();
    }
    destroy() {
        this.closed = true;
        this.socket.destroy();
        this.cleanup();
    }
    cleaned = false;
    cleanup() {
        if (this.cleaned)
            return;
        this.cleaned = true;
        this.closed = true;
        this.gone.abort();
        this.ctx.connections.delete(this);
        this.ctx.broker.sessions.delete(this.session);
        this.ctx.onConnectionGone(this);
    }
}
/** Names an error code for log lines. */
export function errorLabel(code) {
    return kafkaErrorName(code) ?? String(code);
}
//# sourceMappingURL=connection.js.map