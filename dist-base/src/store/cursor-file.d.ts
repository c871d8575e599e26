import type { HandleSet } from './file-handles.js';
import type { FailureReports } from './write-failures.js';
export declare class CursorFile {
    private readonly path;
    private readonly handles;
    private readonly reports;
    /** The value last written (to the page cache), -1 before any. */
    saved: number;
    /** Written since its last fdatasync. */
    dirty: boolean;
    /** Set when write() created the file: its directory entry wants a sync. The caller clears it. */
    created: boolean;
    private fd;
    private failing;
    private readonly buf;
    constructor(path: string, handles: HandleSet, reports: FailureReports);
    /**
     * Writes value; false when that failed (reported) or must wait for room under the budget. `now`: it must
     * reach the page cache before the caller goes on (a delivery), through a transient descriptor if the
     * budget has no room for a kept one; `closing`: past the limit if need be.
     */
    write(value: number, now: boolean, closing: boolean): boolean;
    /**
     * For a round: pushes the descriptor to fdatasync when written since the last one; false when it is dirty
     * but has no descriptor and the budget has none to give (a later round does it).
     */
    takeForSync(aux: number[], closing: boolean): boolean;
    /** Budget pressure: closes the descriptor unless it awaits its fdatasync; true when it does (busy). */
    closeIdle(): boolean;
    /** The descriptor, for a close deferred past a round in flight; -1 once handed over. */
    release(): number;
}
