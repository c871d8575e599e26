export interface Settled {
    acked: number;
    nacked: number;
}
export declare class ConfirmWindow {
    private tags;
    private states;
    private head;
    /** id of tags[0]: ids stay valid when the settled prefix is dropped */
    private base;
    /** Entries published and not yet told to the source (settled or not). */
    get size(): number;
    /** Adds a published delivery; returns its id for settle(). */
    push(deliveryTag: number): number;
    /** The destination confirmed (ok) or nacked the publish `id`. */
    settle(id: number, ok: boolean): void;
    /**
     * Tells the source about the settled prefix, in order: `ackUpTo(tag)` once per run of
     * confirms, `nack(tag)` for each nack. Stops at the first publish still waiting.
     */
    drain(ackUpTo: (tag: number) => void, nack: (tag: number) => void): Settled;
    /** Forgets everything (the source channel is gone: its unacked deliveries return there). */
    clear(): void;
}
