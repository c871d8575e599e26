// Table and channel names end up inside SQL text (identifiers cannot be bound as
// parameters), so only plain identifiers are accepted and they are always quoted.
// Quoting keeps the name exactly as given (no case folding) on both PostgreSQL and SQLite.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/**
 * Validates and quotes a table name. `allowSchema` admits one `schema.` prefix
 * (PostgreSQL); SQLite's prefixes name attached databases, which the stores do not use.
 */
export function sqlName(name, allowSchema) {
    const parts = name.split('.');
    const ok = parts.length <= (allowSchema ? 2 : 1) && parts.every((p) => IDENTIFIER.test(p));
    if (!ok) {
        throw new TypeError(`invalid table name ${JSON.stringify(name)}: use letters, digits and _ (at most 63)` +
            (allowSchema ? ', optionally as schema.table' : ''));
    }
    const base = parts[parts.length - 1];
    return {
        sql: parts.map((p) => `"${p}"`).join('.'),
        base,
        derived: (suffix) => `"${`${base}_${suffix}`.slice(0, 63)}"`,
    };
}
/** A plain identifier for LISTEN/NOTIFY channels. */
export function channelName(name) {
    if (!IDENTIFIER.test(name))
        throw new TypeError(`invalid channel name ${JSON.stringify(name)}`);
    return name;
}
//# sourceMappingURL=sql-name.js.map