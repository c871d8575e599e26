import { PublishError } from './types.js';
export function checkRateLimit(r) {
    if (!Number.isInteger(r.max) || r.max < 1)
        throw new RangeError('rateLimit.max must be a positive integer');
    if (!(typeof r.intervalMs === 'number' && r.intervalMs > 0 && r.intervalMs <= 4294967295))
        throw new RangeError('rateLimit.intervalMs must be a positive number of milliseconds (at most 2^32-1)');
    if (r.group !== undefined && (typeof r.group !== 'string' || r.group === ''))
        throw new RangeError('rateLimit.group must be a non-empty string');
    return r;
}
export function rateLimitQueue(group) {
    return `wharf.ratelimit.${group}`;
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** One consumer's budget: a sliding log of its last `max` starts. */
export class LocalRateLimiter {
    limit;
    starts = [];
    /** Acquires are served one at a time, in order (concurrent handlers queue here). */
    queue = Promise.resolve();
    constructor(limit) {
        this.limit = limit;
    }
    async declare() { }
    acquire(signal) {
        const turn = this.queue.then(() => this.take(signal));
        this.queue = turn.catch(() => { });
        return turn;
    }
    async take(signal) {
        for (;;) {
            if (signal.aborted)
                throw signal.reason;
            const now = performance.now();
            while (this.starts.length > 0 && now - this.starts[0] >= this.limit.intervalMs)
                this.starts.shift();
            if (this.starts.length < this.limit.max) {
                this.starts.push(now);
                return;
            }
            await sleep(this.starts[0] + this.limit.intervalMs - now + 1, signal);
        }
    }
}
/** A group's budget, held by the broker (see the header). */
export class GroupRateLimiter {
    limit;
    publisher;
    queue;
    seq = 0;
    constructor(limit, publisher) {
        this.limit = limit;
        this.publisher = publisher;
        this.queue = rateLimitQueue(limit.group);
    }
    async declare(ch) {
        // Every member must declare the same arguments (the broker refuses others with 406).
        await ch.assertQueue(this.queue, {
            durable: true,
            arguments: {
                'x-max-length': this.limit.max,
                'x-overflow': 'reject-publish',
                'x-message-ttl': Math.round(this.limit.intervalMs),
            },
        });
    }
    async acquire(signal) {
        const pause = Math.min(1000, Math.max(5, this.limit.intervalMs / this.limit.max));
        for (;;) {
            if (signal.aborted)
                throw signal.reason;
            try {
                await this.publisher.send('', this.queue, EMPTY, { messageId: `${process.pid}.${this.seq++}`, persistent: false, mandatory: true }, false);
                return;
            }
            catch (err) {
                if (!(err instanceof PublishError && err.reason === 'nack'))
                    throw err;
            }
            // Jittered, so refused workers do not retry in lockstep.
            await sleep(pause * (0.5 + Math.random()), signal);
        }
    }
}
const EMPTY = Buffer.alloc(0);
export function rateLimiter(limit, publisher) {
    const r = checkRateLimit(limit);
    return r.group === undefined
        ? new LocalRateLimiter(r)
        : new GroupRateLimiter({ ...r, group: r.group }, publisher);
}
//# sourceMappingURL=rate-limit.js.map