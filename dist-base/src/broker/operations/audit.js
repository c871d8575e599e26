// Audit events: every change to users, vhosts, permissions, policies, limits and
// definitions, with who made it (the management API user, "config" or "definitions
// file"). The engine only describes the change; the server writes it as a structured
// log line (src/server.ts). Passwords and hashes never appear in an event.
/** Who changes things when nobody logged in does: the config file at start. */
export const CONFIG_ACTOR = 'config';
/** ... and the definitions file loaded at start (loadDefinitions). */
export const DEFINITIONS_FILE_ACTOR = 'definitions file';
//# sourceMappingURL=audit.js.map