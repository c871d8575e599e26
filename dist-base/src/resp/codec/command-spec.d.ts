export type BeginSearch = {
    type: 'index';
    index: number;
} | {
    type: 'keyword';
    keyword: string;
    startfrom: number;
} | {
    type: 'unknown';
};
export type FindKeys = {
    type: 'range';
    lastkey: number;
    keystep: number;
    limit: number;
} | {
    type: 'keynum';
    keynumidx: number;
    firstkey: number;
    keystep: number;
} | {
    type: 'unknown';
};
export interface KeySpec {
    notes?: string;
    /** RO, RW, OW, RM, access, update, insert, delete, not_key, incomplete, variable_flags. */
    flags: readonly string[];
    beginSearch: BeginSearch;
    findKeys: FindKeys;
}
export interface ArgumentDoc {
    name: string;
    /** string, integer, double, key, pattern, unix-time, pure-token, oneof, block. */
    type: string;
    keySpecIndex?: number;
    token?: string;
    summary?: string;
    since?: string;
    deprecatedSince?: string;
    /** optional, multiple, multiple_token. */
    flags: readonly string[];
    /** For oneof and block. */
    arguments?: readonly ArgumentDoc[];
}
export interface CommandDocs {
    summary?: string;
    since?: string;
    group: string;
    complexity?: string;
    /** deprecated, syscmd. */
    docFlags: readonly string[];
    deprecatedSince?: string;
    replacedBy?: string;
    history: readonly (readonly [string, string])[] | null;
    arguments: readonly ArgumentDoc[] | null;
}
export interface CommandSpec {
    /** Lower case; `container|sub` for a subcommand, as Redis's fullname. */
    name: string;
    /** N: exactly N words with the name; -N: at least N. */
    arity: number;
    /** In Redis's reply order (write, readonly, denyoom, ...), movablekeys computed. */
    flags: readonly string[];
    /** The legacy key range Redis derives from the key specs. */
    firstKey: number;
    lastKey: number;
    step: number;
    /** `@stream`, `@fast`, ... with the implicit ones Redis adds, in Redis's order. */
    aclCategories: readonly string[];
    tips: readonly string[];
    keySpecs: readonly KeySpec[];
    subcommands: readonly CommandSpec[];
    docs: CommandDocs;
}
