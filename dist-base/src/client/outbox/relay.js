import { publishRows } from './publish-rows.js';
export class OutboxRelay {
    #outbox;
    #publisher;
    #batchSize;
    #pollMs;
    #timeoutMs;
    #maxAttempts;
    #deleteAfterMs;
    #cleanupEveryMs;
    #onError;
    #running = false;
    #loop;
    #unwatch;
    #woken = false;
    #wakeSleeper;
    #lastCleanup = 0;
    constructor(options) {
        this.#outbox = options.outbox;
        this.#publisher = options.publisher;
        this.#batchSize = positive(options.batchSize ?? 100, 'batchSize');
        this.#pollMs = positive(options.pollIntervalMs ?? 1000, 'pollIntervalMs');
        this.#timeoutMs = positive(options.publishTimeoutMs ?? 30_000, 'publishTimeoutMs');
        this.#maxAttempts = options.maxAttempts;
        this.#deleteAfterMs = options.deleteSentAfterMs;
        this.#cleanupEveryMs = options.cleanupIntervalMs ?? 60_000;
        this.#onError = options.onError ?? (() => { });
    }
    get running() {
        return this.#running;
    }
    /** Starts the background loop; resolves once the outbox is being watched. */
    async start() {
        if (this.#running)
            return;
        this.#running = true;
        this.#unwatch = await this.#outbox.watch(this.#wake, this.#onError);
        this.#loop = this.#run();
    }
    /** Stops after the batch in flight (if any) is published and marked. */
    async stop() {
        if (!this.#running)
            return;
        this.#running = false;
        this.#wake();
        await this.#loop;
        await this.#unwatch?.();
        this.#unwatch = undefined;
    }
    /** One pass: a batch taken, published and marked. Usable without start(). */
    runOnce() {
        return this.#outbox.processBatch(this.#batchSize, (rows) => publishRows(this.#publisher, rows, this.#timeoutMs), this.#maxAttempts);
    }
    /**
     * Passes until none finds work; returns the rows sent. Stops early on a batch with
     * failures (they are retried by later passes), so it cannot spin on a dead broker.
     */
    async drain() {
        let sent = 0;
        for (;;) {
            const r = await this.runOnce();
            sent += r.sent;
            if (r.claimed === 0 || r.failed > 0)
                return sent;
        }
    }
    #wake = () => {
        this.#woken = true;
        this.#wakeSleeper?.();
    };
    async #run() {
        while (this.#running) {
            let more = false;
            try {
                const r = await this.runOnce();
                // A full batch without failures suggests more rows are waiting: no sleep.
                more = r.claimed === this.#batchSize && r.failed === 0;
            }
            catch (err) {
                this.#onError(err);
            }
            await this.#cleanup();
            if (this.#running && !more)
                await this.#sleep();
        }
    }
    /** Waits for the poll interval or a wake-up, whichever is first. */
    #sleep() {
        // A wake-up during the last pass may announce rows that pass did not see.
        if (this.#woken) {
            this.#woken = false;
            return Promise.resolve();
        }
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.#wakeSleeper = undefined;
                this.#woken = false;
                resolve();
            };
            const timer = setTimeout(done, this.#pollMs);
            this.#wakeSleeper = done;
        });
    }
    async #cleanup() {
        if (this.#deleteAfterMs === undefined)
            return;
        const now = Date.now();
        if (now - this.#lastCleanup < this.#cleanupEveryMs)
            return;
        this.#lastCleanup = now;
        try {
            await this.#outbox.deleteSent(this.#deleteAfterMs);
        }
        catch (err) {
            this.#onError(err);
        }
    }
}
function positive(n, what) {
    if (!Number.isFinite(n) || n <= 0)
        throw new RangeError(`${what} must be a positive number`);
    return n;
}
//# sourceMappingURL=relay.js.map