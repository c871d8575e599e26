// One client connection of the RESP front: it feeds the socket to the codec's parser, runs each
// command through the dispatch table, and writes the replies in the order the commands came, also
// when some of them are answered later (a write answered after its sync, a blocked read).
//
// Ordering: replies go into one ReplyWriter, flushed to the socket once per input chunk and once per
// burst of late answers. A command that answers later reserves a ReplySlot; while any slot is open,
// later replies are kept in order behind it. Only commands marked `pipelined` (writes whose reply
// merely waits for the sync of what they already did) run while slots are open, so that a pipeline of
// XADDs shares one sync; any other command waits for the open slots to be answered first (the parser
// is paused meanwhile), so what it reads includes the connection's own earlier writes, synced. A
// blocking read keeps its slot open until it is answered, and the connection reads nothing more in
// the meantime, as a blocked Redis client does.
import type { Socket } from 'node:net';
import type { Access, SessionInfo } from '../broker/index.js';
import { isLoopback } from '../broker/identity/users.js';
import {
  type CommandSpec,
  ReplyWriter,
  RespProtocolError,
  RespRequestParser,
  type RespVersion,
} from './codec/index.js';
import { COMMAND_HANDLERS } from './commands/index.js';
import type { RespContext } from './context.js';
import { ERR_NOAUTH, errorText, unknownSubcommand } from './errors.js';
import { RespSessionInfo } from './session-info.js';
import { SyncedReplies } from './synced-replies.js';

/** A reply reserved in order and written later. */
export class ReplySlot {
  /** the reply's bytes once answered; null while waiting */
  bytes: Buffer | null = null;
  constructor(private readonly conn: RespConnection) {}

  /** Writes the reply; the first call wins (a cancelled wait may still try to answer). */
  send(write: (w: ReplyWriter) => void): void {
    if (this.bytes !== null) return;
    this.conn.answer(this, write);
  }

  error(text: string): void {
    this.send((w) => w.error(text));
  }
}

const DEFAULT_NO_AUTH = new Set(['auth', 'hello', 'quit', 'reset']);
const EMPTY = Buffer.alloc(0);

export class RespConnection {
  readonly id: number;
  readonly connectedAt = Date.now();
  lastCommandAt = this.connectedAt;
  /** the last command's full name, for CLIENT LIST's cmd= */
  lastCommand = 'NULL';
  /** CLIENT SETNAME / HELLO SETNAME; '' when none */
  name = '';
  libName = '';
  libVer = '';
  /** the authenticated user; undefined until AUTH when the default user does not apply */
  user: string | undefined;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  private readonly writer = new ReplyWriter(2);
  /** replies of commands that ran while a slot was open, and late answers */
  private readonly scratch = new ReplyWriter(2, 1024);
  private readonly parser: RespRequestParser;
  private readonly slots: ReplySlot[] = [];
  private slotHead = 0;
  /** a command that arrived while slots were open and may not overlap them */
  private held: Buffer[] | null = null;
  private flushQueued = false;
  private closed = false;
  /** QUIT: no more commands, close once the replies are out */
  private quitting = false;
  /** the wait of a blocked read, aborted on disconnect and RESET */
  private blockedWait: AbortController | undefined;
  /** the replies waiting for the current receipts batch (synced-replies.ts) */
  private synced: SyncedReplies | undefined;
  /** an answered group, reused for the next batch */
  private spareGroup: SyncedReplies | undefined;
  /** within replyWhenSynced's receipts.whenSynced call */
  private registering = false;
  private readonly session: SessionInfo;

  constructor(
    readonly socket: Socket,
    readonly ctx: RespContext,
  ) {
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
    socket.on('data', (chunk: Buffer) => {
      this.parser.push(chunk);
      this.flush();
    });
    socket.on('drain', () => socket.resume());
    socket.on('error', () => {}); // 'close' follows
    socket.on('close', () => this.onClose());
  }

  get protocol(): RespVersion {
    return this.writer.protocol;
  }

  set protocol(v: RespVersion) {
    this.writer.protocol = v;
    this.scratch.protocol = v;
  }

  /** The user a connection acts as before AUTH: the default user, unless auth is required. */
  private defaultLogin(): string | undefined {
    if (this.ctx.requireAuth) return undefined;
    const u = this.ctx.broker.identity.users.get(this.ctx.defaultUser);
    if (u === undefined || (u.loopbackOnly && !isLoopback(this.remoteAddress))) return undefined;
    if (!this.ctx.broker.identity.permissions.hasVhostAccess(u.name, this.ctx.vhost)) return undefined;
    return u.name;
  }

  private accessOf: Access | undefined;
  private probe: ReplyWriter | undefined;

  /** The permission checks of the logged-in user in the front's vhost. */
  access(): Access {
    this.accessOf ??= this.ctx.broker.identity.access(this.user ?? '', this.ctx.vhost);
    return this.accessOf;
  }

  /** A writer in this connection's protocol whose output the caller takes (a reply tried, maybe dropped). */
  probeWriter(): ReplyWriter {
    this.probe ??= new ReplyWriter(2, 1024);
    this.probe.protocol = this.protocol;
    return this.probe;
  }

  /** Logged in as `user` (AUTH, HELLO AUTH). */
  setUser(user: string | undefined): void {
    this.accessOf = undefined;
    this.user = user;
    this.parser.authenticated = user !== undefined;
  }

  /** RESET: back to a new connection's state (RESP2, no name, the default user, nothing blocked). */
  reset(): void {
    this.cancelBlocked();
    this.protocol = 2;
    this.name = '';
    this.setUser(this.defaultLogin());
  }

  // ---- commands -----------------------------------------------------------------------

  private onCommand(args: Buffer[]): void {
    if (this.quitting || this.closed) return;
    const resources = this.ctx.broker.resources;
    const clear = resources.alarms.size > 0 && this.grows(args) ? resources.whenClear() : undefined;
    if (clear !== undefined) {
      // a memory or disk alarm: the write waits, and nothing more is read from this client meanwhile
      this.parser.pause();
      void clear.then(() => this.afterAlarm(args));
      return;
    }
    let spec: CommandSpec | undefined;
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

  private grows(args: Buffer[]): boolean {
    const spec = this.ctx.commands.lookup(args);
    return spec !== undefined && COMMAND_HANDLERS.get(spec.name)?.grows === true;
  }

  /** The write held by an alarm runs (in its turn, as onCommand would), then reading goes on. */
  private afterAlarm(args: Buffer[]): void {
    if (this.quitting || this.closed) return;
    if (this.slots.length > this.slotHead && !this.mayOverlap(this.ctx.commands.lookup(args))) {
      this.held = args; // run, and reading resumed, once the open slots are answered
      return;
    }
    this.run(args);
    if (this.slots.length === 0) this.parser.resume();
    else this.resumeWhenAnswered = true;
  }

  private mayOverlap(spec: CommandSpec | undefined): boolean {
    if (this.blockedWait !== undefined) return false;
    return spec !== undefined && COMMAND_HANDLERS.get(spec.name)?.pipelined === true;
  }

  /** Runs a command; `found`: its lookup, when onCommand made it already. */
  private run(args: Buffer[], found?: CommandSpec): void {
    const ctx = this.ctx;
    ctx.stats.commands++;
    this.lastCommandAt = Date.now();
    const open = this.slots.length > this.slotHead;
    const w = open ? this.scratch : this.writer;
    const slotsBefore = this.slots.length;
    const checked = ctx.commands.check(args, found);
    if (!checked.ok) {
      w.error(checked.error);
    } else {
      const spec = checked.command;
      this.lastCommand = spec.name;
      const entry = COMMAND_HANDLERS.get(spec.name);
      if (this.user === undefined && !DEFAULT_NO_AUTH.has(spec.name)) {
        w.error(ERR_NOAUTH);
      } else if (entry === undefined) {
        w.error(notImplemented(args, spec.name));
      } else {
        try {
          entry.run(this, args, w);
        } catch (err) {
          if (this.slots.length !== slotsBefore) throw err; // a handler bug: it deferred, then threw
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
  defer(): ReplySlot {
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
  replyWhenSynced(key: string): ReplyWriter {
    const receipts = this.ctx.broker.receipts;
    const g = this.synced;
    if (
      g !== undefined &&
      g.joinable(receipts) &&
      this.slots.length > this.slotHead &&
      this.slots[this.slots.length - 1] === g.slot
    )
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

  private readonly groupSynced = (group: SyncedReplies, err: Error | undefined): void => {
    // a batch that needed no sync answers within whenSynced: the reply is not written yet
    if (this.registering) return void queueMicrotask(() => this.groupSynced(group, err));
    if (this.synced === group) this.synced = undefined;
    const slot = group.slot!;
    group.slot = undefined;
    if (this.closed) slot.bytes = EMPTY;
    else if (this.slots[this.slotHead] === slot) {
      // next in line: straight into the output
      group.writeTo(this.writer, err);
      slot.bytes = EMPTY;
    } else {
      group.writeTo(this.scratch, err);
      slot.bytes = this.scratch.take();
    }
    if (!this.closed) this.drainSlots();
    if (err === undefined) for (const key of group.keys) this.ctx.keyspace.written(key);
    this.spareGroup = group;
  };

  /** A signal aborted when this connection goes away or is RESET: what a blocked read waits with. */
  blockSignal(): AbortSignal {
    this.blockedWait = new AbortController();
    return this.blockedWait.signal;
  }

  /** The blocked read was answered: it no longer needs cancelling. */
  unblocked(): void {
    this.blockedWait = undefined;
  }

  private cancelBlocked(): void {
    const wait = this.blockedWait;
    this.blockedWait = undefined;
    wait?.abort();
  }

  answer(slot: ReplySlot, write: (w: ReplyWriter) => void): void {
    if (this.closed) {
      slot.bytes = Buffer.alloc(0);
      return;
    }
    try {
      write(this.scratch);
    } catch (err) {
      this.scratch.take();
      this.scratch.error(errorText(err));
    }
    slot.bytes = this.scratch.take();
    this.drainSlots();
  }

  private drainSlots(): void {
    const slots = this.slots;
    let head = this.slotHead;
    while (head < slots.length && slots[head].bytes !== null) {
      this.writer.raw(slots[head].bytes!);
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
      if (this.slots.length === 0) this.parser.resume();
      else this.resumeWhenAnswered = true;
    } else if (slots.length === 0 && this.resumeWhenAnswered) {
      this.resumeWhenAnswered = false;
      this.parser.resume();
    }
  }

  private resumeWhenAnswered = false;

  /** QUIT: the +OK goes out, then the connection closes; nothing after it is run. */
  quit(): void {
    this.quitting = true;
    this.parser.pause();
  }

  // ---- output ---------------------------------------------------------------------------

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(this.queuedFlush);
  }

  /** made once: a sync round flushes every connection it answered */
  private readonly queuedFlush = (): void => {
    this.flushQueued = false;
    this.flush();
  };

  private flush(): void {
    if (this.closed) return;
    if (this.writer.length > 0) {
      if (!this.socket.write(this.writer.take())) this.socket.pause();
    }
    if (this.quitting && this.slots.length === 0) this.socket.end();
  }

  private onProtocolError(err: RespProtocolError): void {
    this.ctx.log.info(
      { client: this.id, remote: this.remoteAddress, problem: err.code },
      'RESP client closed: protocol error',
    );
    if (err.reply !== null) this.writer.raw(err.reply);
    this.quitting = true;
    this.slots.length = 0;
    this.slotHead = 0;
    this.flush();
    this.socket.end();
  }

  /** Ends the connection from the server side (shutdown, management). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.socket.end();
    this.socket.destroySoon();
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancelBlocked();
    this.ctx.connections.delete(this);
    this.ctx.broker.sessions.delete(this.session);
  }

  /** waiting in a blocking read (INFO's blocked_clients) */
  get isBlocked(): boolean {
    return this.blockedWait !== undefined;
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

/** A command the table knows but Wharf does not run: Redis's own words for a missing command. */
function notImplemented(args: readonly Buffer[], fullName: string): string {
  const bar = fullName.indexOf('|');
  if (bar >= 0) return unknownSubcommand(fullName.slice(0, bar), args[1]).text;
  let shown = '';
  for (let i = 1; i < args.length && shown.length < 128; i++) {
    shown += `'${args[i].toString('latin1').slice(0, 128 - shown.length)}' `;
  }
  const name = args[0].toString('latin1').slice(0, 128);
  return `ERR unknown command '${name}', with args beginning with: ${shown}`.replace(/[\r\n]/g, ' ');
}
