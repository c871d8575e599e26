// Min-heap of (expiresAt, position) in two growable Float64Arrays: per-message TTLs are
// tracked without an object per message, so messages expire on time anywhere in the
// queue (RabbitMQ's classic queues only expire at the head).
export class ExpiryHeap {
    at = new Float64Array(64);
    pos = new Float64Array(64);
    size = 0;
    push(expiresAt, position) {
        if (this.size === this.at.length)
            this.grow();
        let i = this.size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (this.at[parent] <= expiresAt)
                break;
            this.at[i] = this.at[parent];
            this.pos[i] = this.pos[parent];
            i = parent;
        }
        this.at[i] = expiresAt;
        this.pos[i] = position;
    }
    /** earliest expiry, or Infinity when empty */
    peekTime() {
        return this.size > 0 ? this.at[0] : Number.POSITIVE_INFINITY;
    }
    /** removes the earliest entry and returns its position */
    pop() {
        const top = this.pos[0];
        const n = --this.size;
        if (n > 0) {
            const t = this.at[n];
            const p = this.pos[n];
            let i = 0;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= n)
                    break;
                if (c + 1 < n && this.at[c + 1] < this.at[c])
                    c++;
                if (this.at[c] >= t)
                    break;
                this.at[i] = this.at[c];
                this.pos[i] = this.pos[c];
                i = c;
            }
            this.at[i] = t;
            this.pos[i] = p;
        }
        if (this.at.length > 1024 && this.size < this.at.length / 4)
            this.shrink();
        return top;
    }
    clear() {
        this.size = 0;
        if (this.at.length > 64) {
            this.at = new Float64Array(64);
            this.pos = new Float64Array(64);
        }
    }
    grow() {
        const at = new Float64Array(this.at.length * 2);
        const pos = new Float64Array(this.pos.length * 2);
        at.set(this.at);
        pos.set(this.pos);
        this.at = at;
        this.pos = pos;
    }
    shrink() {
        this.at = this.at.slice(0, this.at.length / 2);
        this.pos = this.pos.slice(0, this.pos.length / 2);
    }
}
//# sourceMappingURL=expiry-heap.js.map