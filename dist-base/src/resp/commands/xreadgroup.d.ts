import type { CommandList } from './index.js';
export declare const XREADGROUP_COMMANDS: CommandList;
