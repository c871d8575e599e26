import type { KeyJournal } from '../../store/index.js';
interface Seen {
    at: number;
    answer: Buffer;
}
/** One queue's ledger. */
export declare class SendLedger {
    private readonly journal;
    private readonly prefix;
    /** @internal loaded from the journal at open */
    readonly seenKeys: Map<string, Seen>;
    /** @internal */
    last: bigint;
    constructor(journal: KeyJournal, prefix: string);
    /** The answer of an earlier send of `key` less than `windowMs` ago, if any. */
    seen(key: string, now: number, windowMs: number): Buffer | undefined;
    remember(key: string, answer: Uint8Array, now: number): void;
    /** The send of `key` was refused after all: a retry must not count as a duplicate. */
    forget(key: string): void;
    /** The next sequence number: above every one given before, and at least `floor`. */
    nextSequence(floor: bigint): bigint;
    /** cb runs once every change so far is on disk. */
    sync(cb: (err?: Error) => void): void;
    private trim;
    /** @internal every journal entry of this ledger goes */
    drop(): void;
}
/** Every queue's ledger, in one journal. */
export declare class SendLedgers {
    private readonly journal;
    private readonly ledgers;
    constructor(journal: KeyJournal);
    forQueue(vhost: string, queue: string): SendLedger;
    /** The queue was deleted: what it remembered goes. */
    dropQueue(vhost: string, queue: string): void;
    /** Ledgers of queues that no longer exist go, at start. */
    retain(exists: (vhost: string, queue: string) => boolean): void;
    close(): Promise<void>;
    private ledger;
}
export {};
