/** slots are limited so that slot + generation * SLOT_SPAN stays an exact integer */
export declare const MAX_LEASES: number;
export declare class LeaseTable {
    private position;
    private deadline;
    private firstAt;
    private count;
    private level;
    /** generation of each slot; odd while the slot is live */
    private generation;
    private owners;
    private readonly freeSlots;
    private used;
    /** live leases */
    size: number;
    /** Starts a lease and returns its id. */
    take(position: number, level: number, count: number, firstAt: number, deadline: number, owner: string | undefined): number;
    /** The slot of a live lease, or -1 when the id names no live lease (finished, or never). */
    slotOf(id: number): number;
    /** Ends a lease: its slot may be reused (with a new generation). */
    free(slot: number): void;
    idOf(slot: number): number;
    positionOf(slot: number): number;
    levelOf(slot: number): number;
    countOf(slot: number): number;
    firstAtOf(slot: number): number;
    deadlineOf(slot: number): number;
    setDeadline(slot: number, at: number): void;
    ownerOf(slot: number): string | undefined;
    /** Every live slot, for the rare whole-table walks (an owner going away, the queue deleted). */
    live(): IterableIterator<number>;
    private grow;
}
