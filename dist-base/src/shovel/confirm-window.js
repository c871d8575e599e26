// The source deliveries a shovel has published to the destination (ack-mode on-confirm),
// in publish order, each waiting for the destination's confirm. The source is told in
// that same order: a run of confirmed deliveries becomes one basic.ack(multiple) up to
// its last tag, a nacked one a basic.nack (requeue) of its own tag. Deliveries and
// publishes keep the source channel's order, so "up to this tag" never covers a delivery
// that is still waiting, or one that was never published.
const PENDING = 0;
const ACKED = 1;
const NACKED = 2;
export class ConfirmWindow {
    tags = [];
    states = [];
    head = 0;
    /** id of tags[0]: ids stay valid when the settled prefix is dropped */
    base = 0;
    /** Entries published and not yet told to the source (settled or not). */
    get size() {
        return this.tags.length - this.head;
    }
    /** Adds a published delivery; returns its id for settle(). */
    push(deliveryTag) {
        this.tags.push(deliveryTag);
        this.states.push(PENDING);
        return this.base + this.tags.length - 1;
    }
    /** The destination confirmed (ok) or nacked the publish `id`. */
    settle(id, ok) {
        const i = id - this.base;
        if (i >= this.head && i < this.states.length)
            this.states[i] = ok ? ACKED : NACKED;
    }
    /**
     * Tells the source about the settled prefix, in order: `ackUpTo(tag)` once per run of
     * confirms, `nack(tag)` for each nack. Stops at the first publish still waiting.
     */
    drain(ackUpTo, nack) {
        let acked = 0;
        let nacked = 0;
        let lastAck = -1;
        while (this.head < this.tags.length && this.states[this.head] !== PENDING) {
            const tag = this.tags[this.head];
            if (this.states[this.head] === ACKED) {
                lastAck = tag;
                acked++;
            }
            else {
                if (lastAck >= 0)
                    ackUpTo(lastAck);
                lastAck = -1;
                nack(tag);
                nacked++;
            }
            this.head++;
        }
        if (lastAck >= 0)
            ackUpTo(lastAck);
        // drop the told prefix now and then, not per message
        if (this.head > 1024 && this.head * 2 > this.tags.length) {
            this.tags = this.tags.slice(this.head);
            this.states = this.states.slice(this.head);
            this.base += this.head;
            this.head = 0;
        }
        return { acked, nacked };
    }
    /** Forgets everything (the source channel is gone: its unacked deliveries return there). */
    clear() {
        this.base += this.tags.length;
        this.tags = [];
        this.states = [];
        this.head = 0;
    }
}
//# sourceMappingURL=confirm-window.js.map