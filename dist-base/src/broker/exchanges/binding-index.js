import { SlicedWork } from './sliced-work.js';
export class BindingIndex {
    sources = new Map();
    work;
    constructor(onError) {
        this.work = new SlicedWork(onError);
    }
    /** true while routing structures may still name deleted destinations */
    get clearing() {
        return this.work.pending;
    }
    /** `b` was added to its source */
    added(b) {
        let set = this.sources.get(b.destination);
        if (set === undefined)
            this.sources.set(b.destination, (set = new Set()));
        set.add(b.source);
    }
    /** a binding from `source` to `dest` was removed from `source` */
    removed(source, dest) {
        if (!source.hasBindingsTo(dest))
            this.unlist(source, dest);
    }
    /** The live bindings to `dest`, whatever their source. */
    *to(dest) {
        const set = this.sources.get(dest);
        if (set === undefined)
            return;
        for (const s of set)
            if (!s.deleted)
                yield* s.bindingsTo(dest);
    }
    /** Number of sources binding to `dest` (listings pick the cheaper side). */
    sourceCount(dest) {
        return this.sources.get(dest)?.size ?? 0;
    }
    /** `dest` is deleted: its bindings leave every source now; returns the sources that had some. */
    detachDestination(dest) {
        const set = this.sources.get(dest);
        if (set === undefined)
            return [];
        this.sources.delete(dest);
        const out = [];
        for (const source of set) {
            if (source.deleted)
                continue;
            const gone = source.detach(dest);
            if (gone === undefined)
                continue;
            out.push(source);
            this.work.add(forgetEach(source, gone));
        }
        return out;
    }
    /** `source` is deleted: its routing structures go with it; its destinations forget it in slices. */
    detachSource(source) {
        this.work.add(this.unlistAll(source));
    }
    /** The vhost is gone. */
    stop() {
        this.work.stop();
        this.sources.clear();
    }
    *unlistAll(source) {
        for (const dest of source.destinations()) {
            this.unlist(source, dest);
            yield;
        }
    }
    unlist(source, dest) {
        const set = this.sources.get(dest);
        if (set === undefined)
            return;
        set.delete(source);
        if (set.size === 0)
            this.sources.delete(dest);
    }
}
function* forgetEach(source, gone) {
    for (const b of gone) {
        if (source.deleted)
            return; // its routing structures went with it
        source.forgetDetached(b);
        yield;
    }
}
//# sourceMappingURL=binding-index.js.map