import { isLoopback } from '../broker/identity/users.js';
import { ReplyWriter, RespRequestParser, } from './codec/index.js';
import { COMMAND_HANDLERS } from './commands/index.js';
import { ERR_NOAUTH, errorText, unknownSubcommand } from './errors.js';
import { RespSessionInfo } from './session-info.js';
import { SyncedReplies } from './synced-replies.js';
/** A reply reserved in order and written later. */
export class ReplySlot {
    conn;
    /** the reply's bytes once answered; null while waiting */
    bytes = null;
    constructor(conn) {
        this.conn = conn;
    }
    /** Writes the reply; the first call wins (a cancelled wait may still try to answer). */
    send(write) {
        if (this.bytes !== null)
            return;
        this.conn.answer(this, write);
    }
    error(text) {
        this.send((w) => w.error(text));
    }
}
const DEFAULT_NO_AUTH = new Set(['auth', 'hello', 'quit', 'reset']);
const EMPTY = Buffer.alloc(0);
export class RespConnection {
    socket;
    ctx;
    id;
    connectedAt = Date.now();
    lastCommandAt = this.connectedAt;
    /** the last command's full name, for CLIENT LIST's cmd= */
    lastCommand = 'NULL';
    /** CLIENT SETNAME / HELLO SETNAME; '' when none */
    name = '';
    libName = '';
    libVer = '';
    /** the authenticated user; undefined until AUTH when the default user does not apply */
    user;
    remoteAddress;
    remotePort;
    localAddress;
    localPort;
    writer = new ReplyWriter(2);
    /** replies of commands that ran while a slot was open, and late answers */
    scratch = new ReplyWriter(2, 1024);
    parser;
    slots = [];
    slotHead = 0;
    /** a command that arrived while slots were open and may not overlap them */
    held = null;
    flushQueued = false;
    closed = false;
    /** QUIT: no more commands, close once the replies are out */
    quitting = false;
    /** the wait of a blocked read, aborted on disconnect and RESET */
    blockedWait;
    /** the replies waiting for the current receipts batch (synced-replies.ts) */
    synced;
    /** an answered group, reused for the next batch */
    spareGroup;
    /** within replyWhenSynced's receipts.whenSynced call */
    registering = false;
    session;
    constructor(socket, ctx) {
        this.socket = socket;
        this.ctx = ctx;
        this.id = ctx.nextClientId();
        this.remoteAddress = socket.remoteAddress ?? '';
        this.remotePort = socket.remotePort ?? 0;
        this.localAddress = socket.localAddress ?? '';
        this.localPort = socket.localPort ?? 0;
        this.parser = new RespRequestParser({
            onCommand: (args) => this.onCommand(args),
            onProtocolError: (err) => this.onProtocolError(err),
        });
        this.user = this.defaultLogin();
        this.parser.authenticated = this.user !== undefined;
        this.session = new RespSessionInfo(this);
        ctx.broker.sessions.add(this.session);
        socket.setNoDelay(true);
        socket.on('data', (chunk) => {
            this.parser.push(chunk);
            this.flush();
        });
        socket.on('drain', () => socket.resume());
        socket.on('error', () => { }); // 'close' follows
        socket.on('close', () => this.onClose());
    }
    get protocol() {
        return this.writer.protocol;
    }
    set protocol(v) {
        this.writer.protocol = v;
        this.scratch.protocol = v;
    }
    /** The user a connection acts as before AUTH: the default user, unless auth is required. */
    defaultLogin() {
        if (this.ctx.requireAuth)
            return undefined;
        const u = this.ctx.broker.identity.users.get(this.ctx.defaultUser);
        if (u === undefined || (u.loopbackOnly && !isLoopback(this.remoteAddress)))
            return undefined;
        if (!this.ctx.broker.identity.permissions.hasVhostAccess(u.name, this.ctx.vhost))
            return undefined;
        return u.name;
    }
    accessOf;
    probe;
    /** The permission checks of the logged-in user in the front's vhost. */
    access() {
        this.accessOf ??= this.ctx.broker.identity.access(this.user ?? '', this.ctx.vhost);
        return this.accessOf;
    }
    /** A writer in this connection's protocol whose output the caller takes (a reply tried, maybe dropped). */
    probeWriter() {
        this.probe ??= new ReplyWriter(2, 1024);
        this.probe.protocol = this.protocol;
        return this.probe;
    }
    /** Logged in as `user` (AUTH, HELLO AUTH). */
    setUser(user) {
        this.accessOf = undefined;
        this.user = user;
        this.parser.authenticated = user !== undefined;
    }
    /** RESET: back to a new connection's state (RESP2, no name, the default user, nothing blocked). */
    reset() {
        this.cancelBlocked();
        this.protocol = 2;
        this.name = '';
        this.setUser(this.defaultLogin());
    }
    // ---- commands -----------------------------------------------------------------------
    onCommand(args) {
        if (this.quitting || this.closed)
            return;
        const resources = this.ctx.broker.resources;
        const clear = resources.alarms.size > 0 && this.grows(args) ? resources.whenClear() : undefined;
        if (clear !== undefined) {
            // a memory or disk alarm: the write waits, and nothing more is read from this client meanwhile
            this.parser.pause();
            void clear.then(() => this.afterAlarm(args));
            return;
        }
        let spec;
        if (this.slots.length > this.slotHead) {
            spec = this.ctx.commands.lookup(args);
            if (!this.mayOverlap(spec)) {
                this.held = args;
                this.parser.pause();
                return;
            }
        }
        this.run(args, spec);
    }
    grows(args) {
        const spec = this.ctx.commands.lookup(args);
        return spec !== undefined && COMMAND_HANDLERS.get(spec.name)?.grows === true;
    }
    /** The write held by an alarm runs (in its turn, as onCommand would), then reading goes on. */
    afterAlarm(args) {
        if (this.quitting || this.closed)
            return;
        if (this.slots.length > this.slotHead && !this.mayOverlap(this.ctx.commands.lookup(args))) {
            this.held = args; // run, and reading resumed, once the open slots are answered
            return;
        }
        this.run(args);
        if (this.slots.length === 0)
            this.parser.resume();
        else
            this.resumeWhenAnswered = true;
    }
    mayOverlap(spec) {
        if (this.blockedWait !== undefined)
            return false;
        return spec !== undefined && COMMAND_HANDLERS.get(spec.name)?.pipelined === true;
    }
    /** Runs a command; `found`: its lookup, when onCommand made it already. */
    run(args, found) {
        const ctx = this.ctx;
        ctx.stats.commands++;
        this.lastCommandAt = Date.now();
        const open = this.slots.length > this.slotHead;
        const w = open ? this.scratch : this.writer;
        const slotsBefore = this.slots.length;
        const checked = ctx.commands.check(args, found);
        if (!checked.ok) {
            w.error(checked.error);
        }
        else {
            const spec = checked.command;
            this.lastCommand = spec.name;
            const entry = COMMAND_HANDLERS.get(spec.name);
            if (this.user === undefined && !DEFAULT_NO_AUTH.has(spec.name)) {
                w.error(ERR_NOAUTH);
            }
            else if (entry === undefined) {
                w.error(notImplemented(args, spec.name));
            }
            else {
                try {
                    entry.run(this, args, w);
                }
                catch (err) {
                    if (this.slots.length !== slotsBefore)
                        throw err; // a handler bug: it deferred, then threw
                    w.error(errorText(err));
                }
            }
        }
        if (open && this.slots.length === slotsBefore) {
            // answered now, but behind open slots: keep its place
            const slot = new ReplySlot(this);
            slot.bytes = this.scratch.take();
            this.slots.push(slot);
        }
    }
    /** Reserves the next reply, to be answered later through the slot. */
    defer() {
        const slot = new ReplySlot(this);
        this.slots.push(slot);
        return slot;
    }
    /**
     * Answers a write once the receipts batch it joined is synced (the caller has just told the receipts what
     * to sync): the caller writes its reply into the writer returned, at once. The reply joins those of this
     * connection's writes in the same batch, which go out together; on a failed sync each of them is the error
     * instead.
     */
    replyWhenSynced(key) {
        const receipts = this.ctx.broker.receipts;
        const g = this.synced;
        if (g !== undefined &&
            g.joinable(receipts) &&
            this.slots.length > this.slotHead &&
            this.slots[this.slots.length - 1] === g.slot)
            return g.add(key);
        const group = this.spareGroup ?? new SyncedReplies(this.protocol, this.groupSynced);
        this.spareGroup = undefined;
        group.open(receipts, this.protocol, this.defer());
        this.synced = group;
        const w = group.add(key);
        this.registering = true;
        receipts.whenSynced(group.done);
        this.registering = false;
        return w;
    }
    groupSynced = (group, err) => {
        // a batch that needed no sync answers within whenSynced: the reply is not written yet
        if (this.registering)
            return void queueMicrotask(() => this.groupSynced(group, err));
        if (this.synced === group)
            this.synced = undefined;
        const slot = group.slot;
        group.slot = undefined;
        if (this.closed)
            slot.bytes = EMPTY;
        else if (this.slots[this.slotHead] === slot) {
            // next in line: straight into the output
            group.writeTo(this.writer, err);
            slot.bytes = EMPTY;
        }
        else {
            group.writeTo(this.scratch, err);
            slot.bytes = this.scratch.take();
        }
        if (!this.closed)
            this.drainSlots();
        if (err === undefined)
            for (const key of group.keys)
                this.ctx.keyspace.written(key);
        this.spareGroup = group;
    };
    /** A signal aborted when this connection goes away or is RESET: what a blocked read waits with. */
    blockSignal() {
        this.blockedWait = new AbortController();
        return this.blockedWait.signal;
    }
    /** The blocked read was answered: it no longer needs cancelling. */
    unblocked() {
        this.blockedWait = undefined;
    }
    cancelBlocked() {
        const wait = this.blockedWait;
        this.blockedWait = undefined;
        wait?.abort();
    }
    answer(slot, write) {
        if (this.closed) {
            slot.bytes = Buffer.alloc(0);
            return;
        }
        try {
            write(this.scratch);
        }
        catch (err) {
            this.scratch.take();
            this.scratch.error(errorText(err));
        }
        slot.bytes = this.scratch.take();
        this.drainSlots();
    }
    drainSlots() {
        const slots = this.slots;
        let head = this.slotHead;
        while (head < slots.length && slots[head].bytes !== null) {
            this.writer.raw(slots[head].bytes);
            head++;
        }
        if (head === slots.length) {
            slots.length = 0;
            head = 0;
        }
        this.slotHead = head;
        this.queueFlush();
        if (head === 0 && slots.length === 0 && this.held !== null) {
            const args = this.held;
            this.held = null;
            this.run(args);
            if (this.slots.length === 0)
                this.parser.resume();
            else
                this.resumeWhenAnswered = true;
        }
        else if (slots.length === 0 && this.resumeWhenAnswered) {
            this.resumeWhenAnswered = false;
            this.parser.resume();
        }
    }
    resumeWhenAnswered = false;
    /** QUIT: the +OK goes out, then the connection closes; nothing after it is run. */
    quit() {
        this.quitting = true;
        this.parser.pause();
    }
    // ---- output ---------------------------------------------------------------------------
    queueFlush() {
        if (this.flushQueued)
            return;
        this.flushQueued = true;
        queueMicrotask(() => {
            this.flushQueued = false;
            this.flush();
        });
    }
    flush() {
        if (this.closed)
            return;
        if (this.writer.length > 0) {
            if (!this.socket.write(this.writer.take()))
                this.socket.pause();
        }
        if (this.quitting && this.slots.length === 0)
            this.socket.end();
    }
    onProtocolError(err) {
        this.ctx.log.info({ client: this.id, remote: this.remoteAddress, problem: err.code }, 'RESP client closed: protocol error');
        if (err.reply !== null)
            this.writer.raw(err.reply);
        this.quitting = true;
        this.slots.length = 0;
        this.slotHead = 0;
        this.flush();
        this.socket.end();
    }
    /** Ends the connection from the server side (shutdown, management). */
    close() {
        if (this.closed)
            return;
        this.flush();
        this.socket.end();
        this.socket.destroySoon();
    }
    onClose() {
        if (this.closed)
            return;
        this.closed = true;
        this.cancelBlocked();
        this.ctx.connections.delete(this);
        this.ctx.broker.sessions.delete(this.session);
    }
    /** waiting in a blocking read (INFO's blocked_clients) */
    get isBlocked() {
        return this.blockedWait !== undefined;
    }
    get isClosed() {
        return this.closed;
    }
}
/** A command the table knows but Wharf does not run: Redis's own words for a missing command. */
function notImplemented(args, fullName) {
    const bar = fullName.indexOf('|');
    if (bar >= 0)
        return unknownSubcommand(fullName.slice(0, bar), args[1]).text;
    let shown = '';
    for (let i = 1; i < args.length && shown.length < 128; i++) {
        shown += `'${args[i].toString('latin1').slice(0, 128 - shown.length)}' `;
    }
    const name = args[0].toString('latin1').slice(0, 128);
    return `ERR unknown command '${name}', with args beginning with: ${shown}`.replace(/[\r\n]/g, ' ');
}
//# sourceMappingURL=connection.js.map