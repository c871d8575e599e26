import { CONNECTION_COMMANDS } from './connection-commands.js';
import { KEY_COMMANDS } from './key-commands.js';
import { SERVER_COMMANDS } from './server-commands.js';
import { XADD_COMMANDS } from './xadd.js';
import { XRANGE_COMMANDS } from './xrange.js';
import { XGROUP_COMMANDS } from './xgroup.js';
import { XINFO_COMMANDS } from './xinfo.js';
import { XINFO_STREAM_COMMANDS } from './xinfo-stream.js';
import { XPENDING_COMMANDS } from './xpending.js';
import { XREAD_COMMANDS } from './xread.js';
import { XREADGROUP_COMMANDS } from './xreadgroup.js';
export const COMMAND_HANDLERS = new Map([
    ...CONNECTION_COMMANDS,
    ...SERVER_COMMANDS,
    ...KEY_COMMANDS,
    ...XADD_COMMANDS,
    ...XRANGE_COMMANDS,
    ...XREAD_COMMANDS,
    ...XGROUP_COMMANDS,
    ...XREADGROUP_COMMANDS,
    ...XPENDING_COMMANDS,
    ...XINFO_COMMANDS,
    ...XINFO_STREAM_COMMANDS,
]);
//# sourceMappingURL=index.js.map