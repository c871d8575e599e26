// Which of a queue's consumers gets the next message: round-robin over those with credit,
// within the highest priority group that has one (x-priority), or only the first one
// (x-single-active-consumer). The list is kept sorted by priority, highest first, in
// registration order within a priority. No allocation per pick.
import { BrokerError } from '../errors.js';
export class ConsumerRing {
    singleActive;
    /** the consumers, in delivery preference order (the queue shares this array as `consumers`) */
    list = [];
    /** some consumer has a non-zero priority: picks go by priority group */
    prioritized = false;
    rr = 0;
    /** where the round-robin goes once the consumer next() picked gets its message (advance) */
    rrNext = 0;
    constructor(
    /** x-single-active-consumer: only the first registered consumer gets messages */
    singleActive) {
        this.singleActive = singleActive;
    }
    /** Adds `c` in priority order; ACCESS_REFUSED when exclusive use forbids it. */
    add(c, queue, vhost) {
        const list = this.list;
        const first = list[0];
        if (first?.exclusive || (c.exclusive && (list.length > 0 || this.singleActive))) {
            throw new BrokerError('ACCESS_REFUSED', `queue '${queue}' in vhost '${vhost}' in exclusive use`);
        }
        if (c.priority !== 0)
            this.prioritized = true;
        let at = list.length;
        if (this.prioritized)
            while (at > 0 && list[at - 1].priority < c.priority)
                at--;
        list.splice(at, 0, c);
    }
    /** False when `c` was not in the ring. */
    remove(c) {
        const i = this.list.indexOf(c);
        if (i < 0)
            return false;
        this.list.splice(i, 1);
        if (this.rr > i)
            this.rr--;
        if (this.rrNext > i)
            this.rrNext--;
        return true;
    }
    /** The consumer that should get the next message, undefined when none can take one now. */
    next() {
        const list = this.list;
        const n = list.length;
        if (this.singleActive) {
            // messages wait for the active consumer even when it is at its prefetch limit
            const active = list[0];
            this.rrNext = this.rr;
            return active?.canAccept() ? active : undefined;
        }
        if (this.prioritized)
            return this.nextByPriority();
        for (let i = 0; i < n; i++) {
            const c = list[(this.rr + i) % n];
            if (c.canAccept()) {
                this.rrNext = (this.rr + i + 1) % n;
                return c;
            }
        }
        return undefined;
    }
    /** The consumer next() picked got its message: the round-robin moves on. */
    advance() {
        this.rr = this.rrNext;
    }
    /** Round-robin within the highest priority group that has a consumer with credit. */
    nextByPriority() {
        const list = this.list;
        const n = list.length;
        for (let i = 0; i < n;) {
            const p = list[i].priority;
            let j = i + 1;
            while (j < n && list[j].priority === p)
                j++;
            const size = j - i;
            for (let k = 0; k < size; k++) {
                const c = list[i + ((this.rr + k) % size)];
                if (c.canAccept()) {
                    this.rrNext = (this.rr + k + 1) % 1_000_000;
                    return c;
                }
            }
            i = j;
        }
        return undefined;
    }
}
//# sourceMappingURL=consumer-ring.js.map