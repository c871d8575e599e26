export interface AuditEvent {
    /** e.g. "user.created", "permission.set", "vhost.deleted" */
    event: string;
    /** the management user, or "config", or "definitions file" */
    actor: string;
    [detail: string]: unknown;
}
export type AuditSink = (e: AuditEvent) => void;
/** Who changes things when nobody logged in does: the config file at start. */
export declare const CONFIG_ACTOR = "config";
/** ... and the definitions file loaded at start (loadDefinitions). */
export declare const DEFINITIONS_FILE_ACTOR = "definitions file";
