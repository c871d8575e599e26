import { type StreamPartition } from '../../broker/index.js';
import type { KeyJournal } from '../../store/index.js';
import type { GroupOffsetStore } from '../groups/offsets.js';
import type { Producers } from '../produce/producers.js';
import type { Topics } from '../topics.js';
import { type PendingOffset } from './metadata.js';
import { TxnPartitionIndex } from './partition-txns.js';
/** Kafka's transaction.max.timeout.ms default */
export declare const MAX_TXN_TIMEOUT_MS = 900000;
export interface TxnDeps {
    readonly vhost: string;
    readonly topics: Topics;
    readonly producers: Producers;
    readonly offsets: GroupOffsetStore;
    readonly log: {
        warn(obj: object, msg: string): void;
        error(obj: object, msg: string): void;
    };
    /** opens the coordinator's journal (the broker's storage) */
    openJournal(): KeyJournal;
}
/** A result code with the producer id and epoch InitProducerId answers. */
export interface InitResult {
    errorCode: number;
    producerId: number;
    producerEpoch: number;
}
export declare class TransactionCoordinator {
    private readonly deps;
    readonly index: TxnPartitionIndex;
    private readonly txns;
    private journal;
    private timer;
    private sweeps;
    private closed;
    constructor(deps: TxnDeps);
    private get prefix();
    private get abortedPrefix();
    /** Loads the journal, completes transactions caught between decision and markers, starts the expiry sweep. */
    start(): void;
    close(): Promise<void>;
    private get j();
    private persist;
    private synced;
    /** The producer id and epoch a transactional id answers with; error codes as Kafka's coordinator. */
    initProducerId(transactionalId: string, timeoutMs: number, producerId: number, producerEpoch: number): Promise<InitResult>;
    private bumpEpoch;
    /** 0 when the producer id and epoch are the transactional id's current ones, else the error code. */
    private check;
    private begin;
    /** AddPartitionsToTxn, the partitions already checked (they exist and may be written). */
    addPartitions(transactionalId: string, producerId: number, epoch: number, partitions: {
        topic: string;
        p: StreamPartition;
    }[]): Promise<number>;
    addOffsets(transactionalId: string, producerId: number, epoch: number, group: string): Promise<number>;
    /** TxnOffsetCommit: offsets kept with the transaction, committed to the group by EndTxn(commit). */
    txnOffsetCommit(transactionalId: string, producerId: number, epoch: number, group: string, offsets: PendingOffset[]): Promise<number>;
    endTxn(transactionalId: string, producerId: number, epoch: number, commit: boolean): Promise<number>;
    /**
     * Writes the marker of a Prepare* transaction to each of its partitions, syncs them, commits its
     * offsets (PrepareCommit), then persists Complete*. Idempotent: run again after a failure or crash.
     */
    private complete;
    /**
     * Produce of a transactional batch: 0 when producerId/epoch is the transactional id's current
     * producer and the partition was added to its open transaction.
     */
    checkProduce(transactionalId: string, producerId: number, epoch: number, topic: string, partition: number): number;
    /** Whether an open transaction will commit an offset for the group's partition (OffsetFetch require_stable). */
    hasPendingOffset(group: string, topic: string, partition: number): boolean;
    /** Transactions for the management API and tests: id, producer, epoch, state, partitions. */
    list(): {
        transactionalId: string;
        producerId: number;
        epoch: number;
        state: string;
        partitions: number;
    }[];
    private sweep;
    /** transaction.timeout.ms passed: abort with a bumped epoch, which fences the producer that let it expire. */
    private expire;
    private finish;
    /** Forgets aborted-transaction entries below their partition's log start (or of a deleted topic). */
    private prune;
}
