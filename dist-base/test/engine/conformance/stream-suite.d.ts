export interface StreamEntry {
    id: string;
    body: string;
}
export interface PendingInfo {
    id: string;
    consumer: string;
    deliveries: number;
}
export interface StreamSession {
    create(name: string): Promise<void>;
    /** Resolves with the entries' ids once the broker's receipt says they are stored. */
    append(name: string, bodies: string[]): Promise<string[]>;
    /** Up to `max` entries from the first, or from the entry after `afterId`. */
    read(name: string, from: 'first' | string, max: number): Promise<StreamEntry[]>;
    /** Entries after `afterId`, waiting up to `waitMs` for the first to be appended. */
    waitAfter(name: string, afterId: string, waitMs: number): Promise<StreamEntry[]>;
    commitOffset(group: string, name: string, processedId: string): Promise<void>;
    /** the last processed id committed, or undefined */
    fetchOffset(group: string, name: string): Promise<string | undefined>;
    createGroup(name: string, group: string): Promise<void>;
    readGroup(name: string, group: string, consumer: string, max: number): Promise<StreamEntry[]>;
    pending(name: string, group: string): Promise<PendingInfo[]>;
    ackGroup(name: string, group: string, ids: string[]): Promise<number>;
    /** ids claimed by `consumer` (those idle at least `minIdleMs`) */
    claim(name: string, group: string, consumer: string, minIdleMs: number, ids: string[]): Promise<string[]>;
    restart(): Promise<void>;
    close(): Promise<void>;
}
export interface StreamDriver {
    name: string;
    durable: boolean;
    cannot?: {
        groupOffsets?: string;
        pendingList?: string;
    };
    start(): Promise<StreamSession>;
}
export declare function streamConformance(driver: StreamDriver): void;
