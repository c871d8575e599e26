export class Batcher {
    size;
    maxWaitMs;
    handler;
    onError;
    open = [];
    timer;
    constructor(size, maxWaitMs, handler, onError) {
        this.size = size;
        this.maxWaitMs = maxWaitMs;
        this.handler = handler;
        this.onError = onError;
    }
    /** The per-message handler given to the consumer. */
    handle = (env, ctx) => new Promise((resolve, reject) => {
        const entry = {
            ctx,
            resolve,
            reject,
            settled: false,
            message: Object.assign(env, {
                ack: () => {
                    if (entry.settled)
                        return;
                    entry.settled = true;
                    resolve();
                },
                fail: (error) => {
                    if (entry.settled)
                        return;
                    entry.settled = true;
                    reject(error);
                },
            }),
        };
        this.open.push(entry);
        if (this.open.length >= this.size)
            this.flush();
        else if (this.open.length === 1)
            this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    });
    flush() {
        clearTimeout(this.timer);
        this.timer = undefined;
        const batch = this.open;
        this.open = [];
        if (batch.length === 0)
            return;
        const ctx = { queue: batch[0].ctx.queue, signal: batch[0].ctx.signal };
        Promise.resolve()
            .then(() => this.handler(batch.map((e) => e.message), ctx))
            .then(() => {
            for (const e of batch)
                e.message.ack();
        }, (err) => {
            for (const e of batch)
                e.message.fail(err);
        })
            .catch((err) => this.onError(err instanceof Error ? err : new Error(String(err))));
    }
}
//# sourceMappingURL=batch.js.map