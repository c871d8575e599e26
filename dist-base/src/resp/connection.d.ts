import type { Socket } from 'node:net';
import type { Access } from '../broker/index.js';
import { ReplyWriter, type RespVersion } from './codec/index.js';
import type { RespContext } from './context.js';
/** A reply reserved in order and written later. */
export declare class ReplySlot {
    private readonly conn;
    /** the reply's bytes once answered; null while waiting */
    bytes: Buffer | null;
    constructor(conn: RespConnection);
    /** Writes the reply; the first call wins (a cancelled wait may still try to answer). */
    send(write: (w: ReplyWriter) => void): void;
    error(text: string): void;
}
export declare class RespConnection {
    readonly socket: Socket;
    readonly ctx: RespContext;
    readonly id: number;
    readonly connectedAt: number;
    lastCommandAt: number;
    /** the last command's full name, for CLIENT LIST's cmd= */
    lastCommand: string;
    /** CLIENT SETNAME / HELLO SETNAME; '' when none */
    name: string;
    libName: string;
    libVer: string;
    /** the authenticated user; undefined until AUTH when the default user does not apply */
    user: string | undefined;
    readonly remoteAddress: string;
    readonly remotePort: number;
    readonly localAddress: string;
    readonly localPort: number;
    private readonly writer;
    /** replies of commands that ran while a slot was open, and late answers */
    private readonly scratch;
    private readonly parser;
    private readonly slots;
    private slotHead;
    /** a command that arrived while slots were open and may not overlap them */
    private held;
    private flushQueued;
    private closed;
    /** QUIT: no more commands, close once the replies are out */
    private quitting;
    /** the wait of a blocked read, aborted on disconnect and RESET */
    private blockedWait;
    /** the replies waiting for the current receipts batch (synced-replies.ts) */
    private synced;
    /** an answered group, reused for the next batch */
    private spareGroup;
    /** within replyWhenSynced's receipts.whenSynced call */
    private registering;
    private readonly session;
    constructor(socket: Socket, ctx: RespContext);
    get protocol(): RespVersion;
    set protocol(v: RespVersion);
    /** The user a connection acts as before AUTH: the default user, unless auth is required. */
    private defaultLogin;
    private accessOf;
    private probe;
    /** The permission checks of the logged-in user in the front's vhost. */
    access(): Access;
    /** A writer in this connection's protocol whose output the caller takes (a reply tried, maybe dropped). */
    probeWriter(): ReplyWriter;
    /** Logged in as `user` (AUTH, HELLO AUTH). */
    setUser(user: string | undefined): void;
    /** RESET: back to a new connection's state (RESP2, no name, the default user, nothing blocked). */
    reset(): void;
    private onCommand;
    private grows;
    /** The write held by an alarm runs (in its turn, as onCommand would), then reading goes on. */
    private afterAlarm;
    private mayOverlap;
    /** Runs a command; `found`: its lookup, when onCommand made it already. */
    private run;
    /** Reserves the next reply, to be answered later through the slot. */
    defer(): ReplySlot;
    /**
     * Answers a write once the receipts batch it joined is synced (the caller has just told the receipts what
     * to sync): the caller writes its reply into the writer returned, at once. The reply joins those of this
     * connection's writes in the same batch, which go out together; on a failed sync each of them is the error
     * instead.
     */
    replyWhenSynced(key: string): ReplyWriter;
    private readonly groupSynced;
    /** A signal aborted when this connection goes away or is RESET: what a blocked read waits with. */
    blockSignal(): AbortSignal;
    /** The blocked read was answered: it no longer needs cancelling. */
    unblocked(): void;
    private cancelBlocked;
    answer(slot: ReplySlot, write: (w: ReplyWriter) => void): void;
    private drainSlots;
    private resumeWhenAnswered;
    /** QUIT: the +OK goes out, then the connection closes; nothing after it is run. */
    quit(): void;
    private queueFlush;
    private flush;
    private onProtocolError;
    /** Ends the connection from the server side (shutdown, management). */
    close(): void;
    private onClose;
    /** waiting in a blocking read (INFO's blocked_clients) */
    get isBlocked(): boolean;
    get isClosed(): boolean;
}
