import type { CommandList } from './index.js';
export declare const XPENDING_COMMANDS: CommandList;
