/**
 * Remembers, per consumer name, the offset of the last message a stream consumer
 * processed. `save` is called after each processed message (in offset order) and must be
 * durable when it resolves; `load` returns the last saved offset, or undefined.
 */
export interface OffsetStore {
    load(name: string): Promise<number | undefined>;
    save(name: string, offset: number): Promise<void>;
}
/** In this process only (tests, or consumers that may start over). */
export declare class MemoryOffsetStore implements OffsetStore {
    #private;
    load(name: string): Promise<number | undefined>;
    save(name: string, offset: number): Promise<void>;
}
