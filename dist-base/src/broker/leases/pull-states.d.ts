import type { KeyJournal } from '../../store/index.js';
export interface PullState {
    /** deliveries so far */
    count: number;
    /** ms since epoch of the first delivery */
    firstAt: number;
    /** ms since epoch when the current lease ends; 0 when the message is not leased */
    deadline: number;
}
/** One queue's states; written through to the journal when the queue is durable. */
export declare class QueuePullStates {
    private readonly journal;
    private readonly prefix;
    private readonly map;
    constructor(journal: KeyJournal | undefined, prefix: string, map?: Map<number, PullState>);
    get size(): number;
    get(key: number): PullState | undefined;
    set(key: number, s: PullState): void;
    delete(key: number): void;
    /** Forgets every entry for which `keep` is false (every one without it). */
    clear(keep?: (key: number, s: PullState) => boolean): void;
    /** cb runs once every change made so far is on disk (at once for a queue that is not durable). */
    sync(cb: (err?: Error) => void): void;
    get durable(): boolean;
}
/** Every durable queue's pull states, in one journal. */
export declare class PullStates {
    private readonly journal;
    /** states read at open, by queue prefix, until their queue's reader asks for them */
    private readonly loaded;
    private readonly live;
    constructor(journal: KeyJournal);
    /** The states of one queue (an empty, memory-only set for a queue that is not durable). */
    forQueue(vhost: string, queue: string, durable: boolean): QueuePullStates;
    /** The queue was deleted: its states go (a queue made later with its name starts afresh). */
    dropQueue(vhost: string, queue: string): void;
    /** States of queues that no longer exist (deleted while a removal was not yet synced) go, at start. */
    retain(exists: (vhost: string, queue: string) => boolean): void;
    sync(cb: (err?: Error) => void): void;
    close(): Promise<void>;
}
