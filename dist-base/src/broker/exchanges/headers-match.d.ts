export type MatchMode = 'all' | 'any' | 'all-with-x' | 'any-with-x';
export declare function matchMode(args: Record<string, unknown>): MatchMode | undefined;
export declare function headersMatch(args: Record<string, unknown>, mode: MatchMode, headers: Record<string, unknown> | undefined): boolean;
