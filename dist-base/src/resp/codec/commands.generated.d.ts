import type { CommandSpec } from './command-spec.js';
export declare const REDIS_COMMANDS: readonly CommandSpec[];
