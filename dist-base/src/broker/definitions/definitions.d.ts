import { type Damage, type ParsedLog } from './definitions-codec.js';
import type { VhostLimits } from '../topology/limits.js';
import type { User } from '../identity/users.js';
export type DefinitionRecord = {
    op: 'exchange';
    vhost: string;
    name: string;
    type: string;
    durable: boolean;
    autoDelete: boolean;
    internal: boolean;
    arguments: Record<string, unknown>;
} | {
    op: 'exchange.delete';
    vhost: string;
    name: string;
} | {
    op: 'queue';
    vhost: string;
    name: string;
    autoDelete: boolean;
    arguments: Record<string, unknown>;
} | {
    op: 'queue.delete';
    vhost: string;
    name: string;
} | {
    op: 'policy';
    vhost: string;
    name: string;
    pattern: string;
    applyTo: string;
    priority: number;
    definition: Record<string, unknown>;
} | {
    op: 'policy.delete';
    vhost: string;
    name: string;
}
/** a runtime parameter (parameters.ts): `user` set it, when a user did */
 | {
    op: 'parameter';
    vhost: string;
    component: string;
    name: string;
    value: Record<string, unknown>;
    user?: string;
} | {
    op: 'parameter.delete';
    vhost: string;
    component: string;
    name: string;
} | {
    op: 'bind' | 'unbind';
    vhost: string;
    source: string;
    destinationType: 'queue' | 'exchange';
    destination: string;
    routingKey: string;
    arguments: Record<string, unknown>;
} | IdentityRecord;
/** Records with no topology: the vhosts themselves, users, permissions, limits. */
export type IdentityRecord = 
/** the defaults (vhost '/', user guest) were created once; never again */
{
    op: 'seeded';
} | {
    op: 'vhost';
    vhost: string;
    description: string;
    tags: string[];
    defaultQueueType?: string;
} | {
    op: 'vhost.delete';
    vhost: string;
} | {
    op: 'vhost.limits';
    vhost: string;
    limits: VhostLimits;
} | {
    op: 'user';
    user: User;
} | {
    op: 'user.delete';
    name: string;
} | {
    op: 'permission';
    vhost: string;
    user: string;
    configure: string;
    write: string;
    read: string;
} | {
    op: 'permission.delete';
    vhost: string;
    user: string;
} | {
    op: 'topic-permission';
    vhost: string;
    user: string;
    exchange: string;
    write: string;
    read: string;
} | {
    op: 'topic-permission.delete';
    vhost: string;
    user: string;
    exchange?: string;
};
/** What load() found: the records in order, and what could not be read. */
export interface LoadedDefinitions extends ParsedLog<DefinitionRecord> {
    /** false when there is no file (a new data dir) */
    exists: boolean;
    /** the file's size */
    bytes: number;
}
export type { Damage };
/** An append that did not reach the disk; the log is as it was before it. */
export declare class DefinitionsWriteError extends Error {
    readonly path: string;
    readonly failure: NodeJS.ErrnoException;
    constructor(path: string, failure: NodeJS.ErrnoException);
}
export declare class DefinitionsLog {
    readonly path: string;
    private fd;
    /** bytes of whole records in the file: where the next append starts */
    private size;
    /** a failed append may have left bytes past `size` that could not be cut off yet */
    private tornTail;
    constructor(path: string);
    /**
     * Reads every record it can: a damaged line is skipped and reported (with the records
     * after it kept), an incomplete last line (a crash during an append) is reported as
     * torn. Throws only when the file exists and cannot be read at all (EACCES, EIO).
     */
    load(): LoadedDefinitions;
    /** Copies the file as it is (before a rewrite drops what could not be read). */
    keepCopy(target: string): void;
    /** Replaces the file with `records` atomically (compaction at boot), framed. */
    rewrite(records: DefinitionRecord[]): void;
    /**
     * Synchronous and synced: a declare-ok for a durable entity means it survives a crash.
     * All or nothing: when the write or its sync fails, the file is cut back to its last
     * whole record before this throws (DefinitionsWriteError), and if even that fails, no
     * later append writes anything before it succeeds.
     */
    append(record: DefinitionRecord): void;
    close(): void;
    /** Opens for appending after the last whole record (an unsynced torn one is cut off). */
    private openForAppend;
    private cutTornTail;
}
