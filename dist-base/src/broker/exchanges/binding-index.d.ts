import type { Destination } from '../topology/destination.js';
import type { Binding, Exchange } from './exchange.js';
export declare class BindingIndex {
    private readonly sources;
    private readonly work;
    constructor(onError: (err: Error) => void);
    /** true while routing structures may still name deleted destinations */
    get clearing(): boolean;
    /** `b` was added to its source */
    added(b: Binding): void;
    /** a binding from `source` to `dest` was removed from `source` */
    removed(source: Exchange, dest: Destination): void;
    /** The live bindings to `dest`, whatever their source. */
    to(dest: Destination): Generator<Binding>;
    /** Number of sources binding to `dest` (listings pick the cheaper side). */
    sourceCount(dest: Destination): number;
    /** `dest` is deleted: its bindings leave every source now; returns the sources that had some. */
    detachDestination(dest: Destination): Exchange[];
    /** `source` is deleted: its routing structures go with it; its destinations forget it in slices. */
    detachSource(source: Exchange): void;
    /** The vhost is gone. */
    stop(): void;
    private unlistAll;
    private unlist;
}
