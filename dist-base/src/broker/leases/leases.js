// The leases of one queue's pull readers: each unacked message taken by `receive` is a
// lease (position, priority level, delivery count, deadline, owner), kept in parallel
// typed arrays indexed by slot, with a free list, so a lease costs no object beyond its
// owner name. A lease id is slot + generation: an id from a finished lease (acked,
// released, expired and received again) never names the slot's next lease, which is
// what lets SQS say a receipt handle names one receive.
//
// Invariants: a live slot's position is unacked in the queue (the queue counts it in
// `unacked`); a slot is live from take() to free(); ids are positive integers below 2^53.
const SLOT_BITS = 22;
const SLOT_SPAN = 2 ** SLOT_BITS;
/** slots are limited so that slot + generation * SLOT_SPAN stays an exact integer */
export const MAX_LEASES = SLOT_SPAN - 1;
const MAX_GENERATION = 2 ** 30;
export class LeaseTable {
    position = new Float64Array(16);
    deadline = new Float64Array(16);
    firstAt = new Float64Array(16);
    count = new Uint32Array(16);
    level = new Uint8Array(16);
    /** generation of each slot; odd while the slot is live */
    generation = new Uint32Array(16);
    owners = [];
    freeSlots = [];
    used = 0;
    /** live leases */
    size = 0;
    /** Starts a lease and returns its id. */
    take(position, level, count, firstAt, deadline, owner) {
        let slot = this.freeSlots.pop();
        if (slot === undefined) {
            if (this.used === MAX_LEASES)
                throw new RangeError(`more than ${MAX_LEASES} leases on one queue`);
            if (this.used === this.position.length)
                this.grow();
            slot = this.used++;
        }
        this.position[slot] = position;
        this.level[slot] = level;
        this.count[slot] = count;
        this.firstAt[slot] = firstAt;
        this.deadline[slot] = deadline;
        this.owners[slot] = owner;
        const g = (this.generation[slot] + 1) % MAX_GENERATION;
        this.generation[slot] = g;
        this.size++;
        return g * SLOT_SPAN + slot;
    }
    /** The slot of a live lease, or -1 when the id names no live lease (finished, or never). */
    slotOf(id) {
        if (!Number.isSafeInteger(id) || id < 0)
            return -1;
        const slot = id % SLOT_SPAN;
        const g = (id - slot) / SLOT_SPAN;
        if (slot >= this.used || (g & 1) === 0 || this.generation[slot] !== g)
            return -1;
        return slot;
    }
    /** Ends a lease: its slot may be reused (with a new generation). */
    free(slot) {
        this.generation[slot] = (this.generation[slot] + 1) % MAX_GENERATION;
        this.owners[slot] = undefined;
        this.freeSlots.push(slot);
        this.size--;
    }
    idOf(slot) {
        return this.generation[slot] * SLOT_SPAN + slot;
    }
    positionOf(slot) {
        return this.position[slot];
    }
    levelOf(slot) {
        return this.level[slot];
    }
    countOf(slot) {
        return this.count[slot];
    }
    firstAtOf(slot) {
        return this.firstAt[slot];
    }
    deadlineOf(slot) {
        return this.deadline[slot];
    }
    setDeadline(slot, at) {
        this.deadline[slot] = at;
    }
    ownerOf(slot) {
        return this.owners[slot];
    }
    /** Every live slot, for the rare whole-table walks (an owner going away, the queue deleted). */
    *live() {
        for (let s = 0; s < this.used; s++)
            if (this.generation[s] & 1)
                yield s;
    }
    grow() {
        const n = this.position.length * 2;
        const f64 = (a) => {
            const b = new Float64Array(n);
            b.set(a);
            return b;
        };
        this.position = f64(this.position);
        this.deadline = f64(this.deadline);
        this.firstAt = f64(this.firstAt);
        const count = new Uint32Array(n);
        count.set(this.count);
        this.count = count;
        const level = new Uint8Array(n);
        level.set(this.level);
        this.level = level;
        const generation = new Uint32Array(n);
        generation.set(this.generation);
        this.generation = generation;
    }
}
//# sourceMappingURL=leases.js.map