import type { CommandList } from './index.js';
export declare const SERVER_COMMANDS: CommandList;
