export interface SqlName {
    /** The quoted name to put in SQL, e.g. `"app"."wharf_outbox"`. */
    readonly sql: string;
    /** The unqualified name, unquoted: the stem for index names and the NOTIFY channel. */
    readonly base: string;
    /** A quoted name derived from the base, e.g. `"wharf_outbox_unsent_idx"`. */
    derived(suffix: string): string;
}
/**
 * Validates and quotes a table name. `allowSchema` admits one `schema.` prefix
 * (PostgreSQL); SQLite's prefixes name attached databases, which the stores do not use.
 */
export declare function sqlName(name: string, allowSchema: boolean): SqlName;
/** A plain identifier for LISTEN/NOTIFY channels. */
export declare function channelName(name: string): string;
