import { unknownSubcommand } from '../errors.js';
import type { CommandList } from './index.js';
export declare const CONNECTION_COMMANDS: CommandList;
export { unknownSubcommand };
