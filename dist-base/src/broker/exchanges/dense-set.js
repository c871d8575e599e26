// A set kept as a packed array plus an index of positions: add and delete are O(1)
// (delete moves the last item into the hole), and routing walks `items` with a plain
// indexed loop, which allocates no iterator per publish. Order is not preserved, which
// routing does not need: its result is a set of destinations.
export class DenseSet {
    items = [];
    at = new Map();
    get size() {
        return this.items.length;
    }
    has(v) {
        return this.at.has(v);
    }
    /** false when `v` was already present */
    add(v) {
        if (this.at.has(v))
            return false;
        this.at.set(v, this.items.length);
        this.items.push(v);
        return true;
    }
    /** false when `v` was not present */
    delete(v) {
        const i = this.at.get(v);
        if (i === undefined)
            return false;
        this.at.delete(v);
        const last = this.items.pop();
        if (i < this.items.length) {
            this.items[i] = last;
            this.at.set(last, i);
        }
        return true;
    }
}
//# sourceMappingURL=dense-set.js.map