import { type ServeFlags } from './config.js';
/** Runs the broker until SIGTERM/SIGINT; resolves to the process exit code. */
export declare function serve(flags: ServeFlags): Promise<number>;
