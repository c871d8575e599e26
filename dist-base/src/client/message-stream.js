/** Thrown into the handler of the message a loop left without settling: it is requeued. */
export class LoopLeft extends Error {
    name = 'LoopLeft';
}
export class MessageStream {
    subscribe;
    onDone;
    ready = [];
    current;
    waiter;
    ended = false;
    /** Why the stream stopped on its own (broker cancel, a failed start): next() throws it once. */
    failure;
    sub;
    released;
    constructor(subscribe, 
    /** Called once when the stream is finished with: the client forgets it. */
    onDone) {
        this.subscribe = subscribe;
        this.onDone = onDone;
    }
    [Symbol.asyncIterator]() {
        return this;
    }
    /** The subscription underneath (started by the first next()). */
    subscription() {
        this.sub ??= this.subscribe((env, ctx) => this.deliver(env, ctx), (err) => this.stop(err));
        return this.sub;
    }
    deliver(env, ctx) {
        return new Promise((resolve, reject) => {
            const p = { env, ctx, resolve, reject, settled: false };
            if (this.ended) {
                p.settled = true;
                reject(new LoopLeft('the loop ended'));
                return;
            }
            const w = this.waiter;
            if (w) {
                this.waiter = undefined;
                this.current = p;
                w.resolve({ value: this.wrap(p), done: false });
            }
            else
                this.ready.push(p);
        });
    }
    wrap(p) {
        return Object.assign(p.env, {
            ctx: p.ctx,
            ack: () => {
                if (p.settled)
                    return;
                p.settled = true;
                p.resolve();
            },
            fail: (error) => {
                if (p.settled)
                    return;
                p.settled = true;
                p.reject(error);
            },
        });
    }
    settleCurrent(how) {
        const p = this.current;
        this.current = undefined;
        if (!p || p.settled)
            return;
        p.settled = true;
        if (how === 'ack')
            p.resolve();
        else
            p.reject(new LoopLeft('the loop ended before this message was settled'));
    }
    async next() {
        // Asking for the next message means the loop body finished with this one.
        this.settleCurrent('ack');
        if (this.ended)
            return this.finished();
        try {
            await this.subscription();
        }
        catch (err) {
            this.stop(err);
            return this.finished();
        }
        const p = this.ready.shift();
        if (p) {
            this.current = p;
            return { value: this.wrap(p), done: false };
        }
        if (this.ended)
            return this.finished();
        return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
    }
    /** Leaving the loop (break, return, throw): the unsettled message is requeued, the consumer cancelled. */
    async return() {
        this.settleCurrent('requeue');
        this.end();
        await this.release();
        return { value: undefined, done: true };
    }
    /**
     * No more messages: a waiting next() ends the loop at once; otherwise the loop ends
     * when it asks for the next message (acking the one it was on). Deliveries not yet
     * given to the loop go back to the broker.
     */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        for (const p of this.ready.splice(0)) {
            p.settled = true;
            p.reject(new LoopLeft('the loop ended'));
        }
        const w = this.waiter;
        this.waiter = undefined;
        if (w && this.failure) {
            const { error } = this.failure;
            this.failure = undefined;
            w.reject(error);
        }
        else
            w?.resolve({ value: undefined, done: true });
    }
    /** Ends the loop with an error (thrown by the waiting or the next next()) and lets go of everything. */
    stop(error) {
        if (this.ended)
            return;
        this.failure = { error };
        // Its channel is gone or going: the message the body is on cannot be acked any more.
        this.settleCurrent('requeue');
        this.end();
        void this.release();
    }
    /** A done result, or the failure that ended the stream (thrown once). */
    finished() {
        const f = this.failure;
        this.failure = undefined;
        if (f)
            throw f.error;
        return { value: undefined, done: true };
    }
    /** Cancels the consumer (if it started) and tells the client, once. */
    release() {
        this.released ??= (async () => {
            try {
                const sub = await this.sub?.catch(() => undefined);
                await sub?.cancel();
            }
            finally {
                this.onDone();
            }
        })();
        return this.released;
    }
}
//# sourceMappingURL=message-stream.js.map