// The shape of one Redis command's metadata, as Redis 7.0 reports it through COMMAND INFO and
// COMMAND DOCS. commands.generated.ts holds the table (scripts/gen-redis.mjs builds it from
// Redis's own src/commands/*.json); names and flags are already in their reply spelling.
export {};
//# sourceMappingURL=command-spec.js.map