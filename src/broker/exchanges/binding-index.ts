// The bindings of one vhost seen from their destinations: which exchanges bind each queue
// or exchange. A destination that is deleted leaves each of its sources at once
// (Exchange.detach, O(1) per source, so auto-delete and if-unused see the truth at once);
// the sources' routing structures are cleared of it in slices (SlicedWork), so deleting a
// queue with 100 000 bindings stalls no client. Until then routing may still name the
// deleted destination: the vhost drops deleted destinations while `clearing` is true.
import type { Destination } from '../topology/destination.js';
import type { Binding, Exchange } from './exchange.js';
import { SlicedWork } from './sliced-work.js';

export class BindingIndex {
  private readonly sources = new Map<Destination, Set<Exchange>>();
  private readonly work: SlicedWork;

  constructor(onError: (err: Error) => void) {
    this.work = new SlicedWork(onError);
  }

  /** true while routing structures may still name deleted destinations */
  get clearing(): boolean {
    return this.work.pending;
  }

  /** `b` was added to its source */
  added(b: Binding): void {
    let set = this.sources.get(b.destination);
    if (set === undefined) this.sources.set(b.destination, (set = new Set()));
    set.add(b.source);
  }

  /** a binding from `source` to `dest` was removed from `source` */
  removed(source: Exchange, dest: Destination): void {
    if (!source.hasBindingsTo(dest)) this.unlist(source, dest);
  }

  /** The live bindings to `dest`, whatever their source. */
  *to(dest: Destination): Generator<Binding> {
    const set = this.sources.get(dest);
    if (set === undefined) return;
    for (const s of set) if (!s.deleted) yield* s.bindingsTo(dest);
  }

  /** Number of sources binding to `dest` (listings pick the cheaper side). */
  sourceCount(dest: Destination): number {
    return this.sources.get(dest)?.size ?? 0;
  }

  /** `dest` is deleted: its bindings leave every source now; returns the sources that had some. */
  detachDestination(dest: Destination): Exchange[] {
    const set = this.sources.get(dest);
    if (set === undefined) return [];
    this.sources.delete(dest);
    const out: Exchange[] = [];
    for (const source of set) {
      if (source.deleted) continue;
      const gone = source.detach(dest);
      if (gone === undefined) continue;
      out.push(source);
      this.work.add(forgetEach(source, gone));
    }
    return out;
  }

  /** `source` is deleted: its routing structures go with it; its destinations forget it in slices. */
  detachSource(source: Exchange): void {
    this.work.add(this.unlistAll(source));
  }

  /** The vhost is gone. */
  stop(): void {
    this.work.stop();
    this.sources.clear();
  }

  private *unlistAll(source: Exchange): Generator<void> {
    for (const dest of source.destinations()) {
      this.unlist(source, dest);
      yield;
    }
  }

  private unlist(source: Exchange, dest: Destination): void {
    const set = this.sources.get(dest);
    if (set === undefined) return;
    set.delete(source);
    if (set.size === 0) this.sources.delete(dest);
  }
}

function* forgetEach(source: Exchange, gone: Iterable<Binding>): Generator<void> {
  for (const b of gone) {
    if (source.deleted) return; // its routing structures went with it
    source.forgetDetached(b);
    yield;
  }
}
