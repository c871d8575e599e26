import type { CommandList } from './index.js';
export declare const XINFO_COMMANDS: CommandList;
