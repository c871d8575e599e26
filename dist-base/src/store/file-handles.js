// A budget of open file descriptors shared by every log of one Broker, in the spirit of RabbitMQ's file
// handle cache: each log opens and closes its descriptors through its own HandleSet; once the budget's limit
// is reached, the least recently used logs are asked to close their idle descriptors (ones no write or
// fdatasync needs right now; they are reopened on demand) before a new one is opened. A descriptor that is
// busy (written and not yet synced, or in an fdatasync in flight) is never taken away.
//
// Descriptors a log keeps (a segment it writes or reads on, an ack or cursor file awaiting its fdatasync)
// fit in the limit; once it is reached and nothing idle can be closed:
// - writing records: open() fails with a FileLimitError marked `busy`; a group commit then waits for room
//   (waitForRoom: woken when another log's round completes and its descriptors turn idle), so a burst over
//   more queues than the limit is slowed down, not refused; a queue declaration or a segment roll inside
//   append() is refused instead (406, or a nack), and nothing is lost;
// - acks, the watermark, indexes, the directory entries of deleted files: tryOpen() returns -1 and they
//   wait for a later round (they are durable-eventually);
// - reads, the watermark written before a delivery: a transient descriptor (urgent open, closed before the
//   call returns), so at most one is past the limit at any time.
// The only descriptor a round takes past the limit is the directory's for a segment just created, whose
// records wait for its entry to be durable. The default limit leaves half of the process's descriptors for
// that, client connections and Node itself.
// Either kind, if the process itself is out of descriptors (EMFILE/ENFILE: sockets count too), first closes
// every idle store descriptor and retries once; only then does it fail, with a FileLimitError (not `busy`).
//
// Owned by a Broker (or private to a log, unlimited), never module state.
import * as fs from 'node:fs';
/** An open was refused: the budget (or the process) is out of file descriptors. Nothing was changed. */
export class FileLimitError extends Error {
    busy;
    code = 'EMFILE';
    constructor(message, 
    /** the budget's limit was reached with every descriptor busy: room comes back as rounds complete */
    busy, options) {
        super(message, options);
        this.busy = busy;
        this.name = 'FileLimitError';
    }
}
// How often a refusal is logged at most (with the count of refusals since the last line).
const WARN_EVERY_MS = 10_000;
export class FileHandles {
    limit;
    onWarning;
    /** Descriptors open through this budget. */
    open = 0;
    /** The most that were open at once. */
    peak = 0;
    /** Opens refused since start (new work at the limit, or the process out of descriptors). */
    refused = 0;
    /** Idle descriptors closed to make room for others. */
    evicted = 0;
    // Holders with at least one open descriptor, least recently used first.
    head = null;
    tail = null;
    refusedSinceWarn = 0;
    lastWarn = Number.NEGATIVE_INFINITY;
    // Logs waiting for room (oldest first), and whether a drain is scheduled.
    waiters = new Set();
    drainScheduled = false;
    /**
     * @param limit descriptors this budget keeps open at most (urgent opens may go past it for the moment);
     *   default unlimited, which still recovers from EMFILE by closing idle descriptors.
     * @param onWarning told (at most every 10 s) that opens were refused.
     */
    constructor(limit = Number.POSITIVE_INFINITY, onWarning) {
        this.limit = limit;
        this.onWarning = onWarning;
    }
    /** A set of descriptors for one log; closeIdle closes (through the set) those it does not need now. */
    holder(closeIdle) {
        return new HandleSet(this, closeIdle);
    }
    /** @internal Closes idle descriptors of other holders, least recently used first, until under the limit. */
    makeRoom(requester, all) {
        const before = this.open;
        let h = this.head;
        while (h !== null && (all || this.open >= this.limit)) {
            const next = h.next;
            if (h !== requester)
                h.closeIdle();
            h = next;
        }
        this.evicted += before - this.open;
    }
    /** Logs waiting for a descriptor (waitForRoom). */
    get waiting() {
        return this.waiters.size;
    }
    /** @internal */
    refuse(cause) {
        this.refused++;
        this.refusedSinceWarn++;
        const now = Date.now();
        const busy = cause === undefined;
        const detail = busy ? `${this.open} of ${this.limit} in use, none idle` : String(cause);
        if (now - this.lastWarn >= WARN_EVERY_MS) {
            this.lastWarn = now;
            this.onWarning?.(`out of file descriptors for queue files (${detail}); ${this.refusedSinceWarn} open(s) refused ` +
                `in the last ${WARN_EVERY_MS / 1000} s, ${this.waiters.size} queue(s) waiting: writes wait, ` +
                'new queues are refused, publishes are nacked if the process itself is out');
            this.refusedSinceWarn = 0;
        }
        return new FileLimitError(`too many open files (${detail})`, busy, { cause });
    }
    /** @internal fn runs (synchronously, from a drain) once descriptors may be free; it re-registers if not. */
    waitForRoom(fn) {
        this.waiters.add(fn);
    }
    /**
     * @internal Descriptors turned idle or were closed: the waiting logs get their turn, and descriptors
     * opened past the limit (urgent ones) are closed once idle.
     */
    roomMade() {
        if ((this.waiters.size === 0 && this.open <= this.limit) || this.drainScheduled)
            return;
        this.drainScheduled = true;
        setImmediate(this.drain);
    }
    // Back under the limit first; then the waiters, oldest first, stopping at the first that found no room
    // (it registered again, at the end).
    drain = () => {
        this.drainScheduled = false;
        if (this.open > this.limit)
            this.makeRoom(null, false);
        for (const fn of this.waiters) {
            this.waiters.delete(fn);
            fn();
            if (this.waiters.has(fn))
                return;
        }
    };
    /** @internal Most recently used goes last. */
    use(h) {
        if (this.tail === h)
            return;
        if (h.linked)
            this.unlink(h);
        h.prev = this.tail;
        h.next = null;
        if (this.tail !== null)
            this.tail.next = h;
        else
            this.head = h;
        this.tail = h;
        h.linked = true;
    }
    /** @internal */
    unlink(h) {
        if (!h.linked)
            return;
        if (h.prev !== null)
            h.prev.next = h.next;
        else
            this.head = h.next;
        if (h.next !== null)
            h.next.prev = h.prev;
        else
            this.tail = h.prev;
        h.prev = h.next = null;
        h.linked = false;
    }
}
/** The descriptors of one log, counted against its FileHandles budget. */
export class HandleSet {
    budget;
    closeIdle;
    /** Descriptors open through this set. */
    count = 0;
    /** @internal LRU links (FileHandles). */
    prev = null;
    next = null;
    linked = false;
    constructor(budget, 
    /** @internal */
    closeIdle) {
        this.budget = budget;
        this.closeIdle = closeIdle;
    }
    /**
     * Opens path (fs.openSync flags and mode). At the limit, once nothing idle could be closed, a FileLimitError
     * marked `busy`, unless urgent: urgent opens go past the limit (for descriptors closed again at once, or
     * one a round cannot do without).
     */
    open(path, flags, mode, urgent) {
        if (!this.room() && !urgent)
            throw this.budget.refuse(undefined);
        return this.openNow(path, flags, mode);
    }
    /** Like open() (not urgent), but -1 instead of an error when the limit leaves no room: for work that can wait. */
    tryOpen(path, flags, mode) {
        return this.room() ? this.openNow(path, flags, mode) : -1;
    }
    room() {
        const b = this.budget;
        if (b.open < b.limit)
            return true;
        b.makeRoom(this, false);
        return b.open < b.limit;
    }
    openNow(path, flags, mode) {
        const b = this.budget;
        let fd;
        try {
            fd = fs.openSync(path, flags, mode);
        }
        catch (e) {
            if (!outOfDescriptors(e))
                throw e;
            // The process is out (sockets count too): give back every idle store descriptor and try once more.
            b.makeRoom(this, true);
            try {
                fd = fs.openSync(path, flags, mode);
            }
            catch (e2) {
                throw outOfDescriptors(e2) ? b.refuse(e2) : e2;
            }
        }
        if (++b.open > b.peak)
            b.peak = b.open;
        this.count++;
        b.use(this);
        return fd;
    }
    /**
     * Closes fd (opened by this set). Never throws: the descriptor is released whatever close says. `inPool`:
     * the close runs in libuv's thread pool, for a file already unlinked (or about to be), whose last close
     * frees its blocks, which takes milliseconds per MiB-sized file; the budget counts it closed at once.
     */
    close(fd, inPool = false) {
        if (inPool)
            fs.close(fd, ignore);
        else {
            try {
                fs.closeSync(fd);
            }
            catch {
                // EIO from close still releases the descriptor; EBADF would be a bug, not worth a crash
            }
        }
        this.budget.open--;
        if (--this.count === 0)
            this.budget.unlink(this);
        this.budget.roomMade();
    }
    /** Marks the set recently used (it is asked to close idle descriptors last). */
    touch() {
        if (this.linked)
            this.budget.use(this);
    }
    /** fn runs once another log's descriptors may be free (after a refusal marked `busy`). */
    waitForRoom(fn) {
        this.budget.waitForRoom(fn);
    }
    /** Some of this set's descriptors turned idle (a round completed): logs waiting for room may take them. */
    idle() {
        this.budget.roomMade();
    }
}
/** EMFILE (this process) or ENFILE (the whole system). */
export function outOfDescriptors(e) {
    const code = e?.code;
    return code === 'EMFILE' || code === 'ENFILE';
}
/**
 * The soft RLIMIT_NOFILE of this process, read from /proc/self/limits (Linux); undefined elsewhere or when
 * unlimited. Node raises the soft limit to the hard one at start on its own, so this is the hard limit too
 * unless something lowered it since.
 */
export function processFileLimit() {
    let text;
    try {
        text = fs.readFileSync('/proc/self/limits', 'utf8');
    }
    catch {
        return undefined;
    }
    const m = /^Max open files\s+(\d+|unlimited)\s/m.exec(text);
    return m === null || m[1] === 'unlimited' ? undefined : Number(m[1]);
}
/**
 * The default budget for queue files under a process limit of `processLimit` descriptors: half of it (at
 * least 16), the other half left for urgent opens past the limit, client connections, the definitions log,
 * the management API and Node itself. Unlimited when the process limit is unknown.
 */
export function defaultFileHandleLimit(processLimit) {
    if (processLimit === undefined)
        return Number.POSITIVE_INFINITY;
    return Math.max(16, Math.floor(processLimit / 2));
}
function ignore() { }
//# sourceMappingURL=file-handles.js.map