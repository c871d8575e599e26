import type { CommandList } from './index.js';
export declare const XADD_COMMANDS: CommandList;
