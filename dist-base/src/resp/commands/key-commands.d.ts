import type { CommandList } from './index.js';
export declare const KEY_COMMANDS: CommandList;
