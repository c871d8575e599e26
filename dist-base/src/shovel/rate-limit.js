// A token bucket of messages per second for a shovel's x-max-messages-per-second: it
// starts full (one second's worth, so a restarted shovel does not have to warm up) and
// never holds more than that, so an idle spell cannot be cashed in as a burst. Pure:
// the caller keeps the waiting messages and the timer.
export class RateLimit {
    perSecond;
    now;
    tokens;
    last;
    constructor(perSecond, now = () => performance.now()) {
        this.perSecond = perSecond;
        this.now = now;
        this.tokens = Math.max(1, perSecond);
        this.last = this.now();
    }
    /** Takes one token: 0 when a message may go now, else the milliseconds until one may. */
    take() {
        const t = this.now();
        const capacity = Math.max(1, this.perSecond);
        this.tokens = Math.min(capacity, this.tokens + ((t - this.last) * this.perSecond) / 1000);
        this.last = t;
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return 0;
        }
        return Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
    }
}
//# sourceMappingURL=rate-limit.js.map