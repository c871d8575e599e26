import { type ApiOptions } from '../api-client.js';
export interface ExportOptions extends ApiOptions {
    file?: string;
    /** leave the shovels out: a RabbitMQ importing them would run them itself */
    withoutShovels?: boolean;
    /** set when --vhost was given on the command line (not its default) */
    vhostGiven?: boolean;
}
export type ImportOptions = ExportOptions;
/**
 * Whole broker by default (RabbitMQ's `rabbitmqctl export_definitions` document); with
 * --vhost, that vhost's document (no vhost fields, users or vhosts). To stdout, or to
 * --file with a one-line summary on stdout. --without-shovels drops the shovel parameters
 * (for a RabbitMQ that should take the topology, not run Wharf's shovels).
 */
export declare function definitionsExportCommand(opts: ExportOptions): Promise<void>;
/**
 * Imports a definitions document in one request: the broker validates all of it before
 * changing anything, which splitting it into chunks (for a progress bar) would give up.
 * A document whose items name their vhosts goes to POST /api/definitions; one without
 * (a per-vhost export), or any document when --vhost is given, to /api/definitions/{vhost}.
 */
export declare function definitionsImportCommand(file: string, opts: ImportOptions): Promise<void>;
