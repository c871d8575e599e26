import { type ApiOptions } from '../api-client.js';
export declare function groupsListCommand(opts: ApiOptions): Promise<void>;
export declare function groupDescribeCommand(group: string, opts: ApiOptions): Promise<void>;
export interface ResetOptions extends ApiOptions {
    topic?: string;
    partitions?: string;
    toEarliest?: boolean;
    toLatest?: boolean;
    toDatetime?: string;
    toOffset?: string;
    shiftBy?: string;
    execute?: boolean;
}
/** The reset's `to` and `value` from exactly one --to-* / --shift-by option. */
export declare function resetTarget(o: ResetOptions): {
    to: string;
    value?: unknown;
};
export declare function groupResetCommand(group: string, opts: ResetOptions): Promise<void>;
