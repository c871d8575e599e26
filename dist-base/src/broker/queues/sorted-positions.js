// The requeued positions of one queue level, kept in ascending order so that requeued
// messages go out again in their original order (as RabbitMQ's classic queues do),
// whatever order the nacks came in.
//
// A sorted list cut into chunks of at most CHUNK positions (the layout of Python's
// sortedcontainers): the chunks are in order and each is sorted. Taking the smallest is
// O(1) (read indexes into the chunk list and the first chunk), adding or removing one is
// a binary search over the chunks' last elements plus a splice inside one chunk (at most
// CHUNK moves), so no operation costs more as the list grows. The common case is cheaper
// still: a nack of a whole prefetch window arrives in ascending order and is appended.
//
// `moves` counts the comparisons and element moves made, so a test can check that the
// work per operation stays bounded however many positions are held.
/** Positions per chunk: the chunk list stays short, a splice inside a chunk stays cheap. */
const CHUNK = 1024;
export class SortedPositions {
    /** chunks[first..] hold the positions; chunks[first] starts at `head` (what precedes was taken) */
    chunks = [];
    first = 0;
    head = 0;
    n = 0;
    /** comparisons and element moves so far (a work counter, for tests) */
    moves = 0;
    get size() {
        return this.n;
    }
    /** The smallest position; undefined when empty. */
    peek() {
        return this.n === 0 ? undefined : this.chunks[this.first][this.head];
    }
    /** Removes and returns the smallest position; undefined when empty. */
    shift() {
        if (this.n === 0)
            return undefined;
        const chunk = this.chunks[this.first];
        const v = chunk[this.head++];
        this.n--;
        if (this.head === chunk.length)
            this.dropFirstChunk();
        return v;
    }
    /** Adds a position that is not held (a message is requeued once until it is taken again). */
    add(pos) {
        this.n++;
        if (this.n === 1) {
            this.chunks = [[pos]];
            this.first = 0;
            this.head = 0;
            return;
        }
        const c = this.chunkFor(pos);
        const chunk = this.chunks[c];
        const from = c === this.first ? this.head : 0;
        if (pos > chunk[chunk.length - 1])
            chunk.push(pos);
        else {
            // at >= the read index: a position below every held one lands on it
            const at = this.lowerBound(chunk, from, pos);
            this.moves += chunk.length - at;
            chunk.splice(at, 0, pos);
        }
        if (chunk.length - from > CHUNK)
            this.split(c);
    }
    /** Removes `pos`; true when it was held. */
    delete(pos) {
        if (this.n === 0)
            return false;
        const c = this.chunkFor(pos);
        const chunk = this.chunks[c];
        const from = c === this.first ? this.head : 0;
        const at = this.lowerBound(chunk, from, pos);
        if (at >= chunk.length || chunk[at] !== pos)
            return false;
        this.n--;
        if (at === from && c === this.first) {
            this.head++;
            if (this.head === chunk.length)
                this.dropFirstChunk();
            return true;
        }
        this.moves += chunk.length - at;
        chunk.splice(at, 1);
        if (chunk.length === 0) {
            this.moves += this.chunks.length - c;
            this.chunks.splice(c, 1);
        }
        return true;
    }
    /** True when `pos` is held. */
    has(pos) {
        if (this.n === 0)
            return false;
        const c = this.chunkFor(pos);
        const chunk = this.chunks[c];
        const at = this.lowerBound(chunk, c === this.first ? this.head : 0, pos);
        return at < chunk.length && chunk[at] === pos;
    }
    /** Calls fn with every position held, in ascending order. */
    forEach(fn) {
        for (let c = this.first; c < this.chunks.length; c++) {
            const chunk = this.chunks[c];
            for (let i = c === this.first ? this.head : 0; i < chunk.length; i++)
                fn(chunk[i]);
        }
    }
    clear() {
        this.chunks = [];
        this.first = 0;
        this.head = 0;
        this.n = 0;
    }
    /** The chunk `pos` belongs in: the first whose last element is >= pos, else the last one. */
    chunkFor(pos) {
        const chunks = this.chunks;
        let lo = this.first;
        let hi = chunks.length - 1;
        while (lo < hi) {
            this.moves++;
            const mid = (lo + hi) >>> 1;
            const chunk = chunks[mid];
            if (chunk[chunk.length - 1] < pos)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** The first index in chunk[from..] whose element is >= pos. */
    lowerBound(chunk, from, pos) {
        let lo = from;
        let hi = chunk.length;
        while (lo < hi) {
            this.moves++;
            const mid = (lo + hi) >>> 1;
            if (chunk[mid] < pos)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Chunk c holds more than CHUNK positions: its upper half becomes a chunk of its own. */
    split(c) {
        let chunk = this.chunks[c];
        if (c === this.first && this.head > 0) {
            // the taken part goes first, so both halves hold positions only
            chunk = chunk.slice(this.head);
            this.moves += chunk.length;
            this.chunks[c] = chunk;
            this.head = 0;
        }
        const upper = chunk.splice(chunk.length >>> 1);
        this.moves += upper.length + (this.chunks.length - c);
        this.chunks.splice(c + 1, 0, upper);
        this.compact();
    }
    /** The first chunk is used up: the read index moves to the next one. */
    dropFirstChunk() {
        this.first++;
        this.head = 0;
        if (this.n === 0)
            this.clear();
        else
            this.compact();
    }
    /** Taken chunks are cut off the list once they are half of it: O(1) per chunk taken, amortised. */
    compact() {
        if (this.first < 64 || this.first * 2 < this.chunks.length)
            return;
        this.moves += this.chunks.length - this.first;
        this.chunks = this.chunks.slice(this.first);
        this.first = 0;
    }
}
//# sourceMappingURL=sorted-positions.js.map