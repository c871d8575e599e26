import type { Journal } from './journal.js';
/** What the engine uses of a journal; Journal (durable) and MemoryJournal both provide it. */
export type KeyJournal = Pick<Journal, 'size' | 'get' | 'has' | 'entries' | 'set' | 'delete' | 'sync' | 'close' | 'destroy'>;
export declare class MemoryJournal implements KeyJournal {
    private readonly map;
    private closed;
    get size(): number;
    get(key: string): Buffer | undefined;
    has(key: string): boolean;
    entries(prefix?: string): IterableIterator<[string, Buffer]>;
    set(key: string, value: Uint8Array): void;
    delete(key: string): boolean;
    sync(cb: (err?: Error) => void): void;
    close(): Promise<void>;
    destroy(): Promise<void>;
    private assertOpen;
}
