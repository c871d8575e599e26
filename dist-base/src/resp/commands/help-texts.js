const XINFO_HELP = [
    'XINFO <subcommand> [<arg> [value] [opt] ...]. Subcommands are:',
    'CONSUMERS <key> <groupname>',
    '    Show consumers of <groupname>.',
    'GROUPS <key>',
    '    Show the stream consumer groups.',
    'STREAM <key> [FULL [COUNT <count>]',
    '    Show information about the stream.',
    'HELP',
    '    Prints this help.',
];
const XGROUP_HELP = [
    'XGROUP <subcommand> [<arg> [value] [opt] ...]. Subcommands are:',
    'CREATE <key> <groupname> <id|$> [option]',
    '    Create a new consumer group. Options are:',
    '    * MKSTREAM',
    '      Create the empty stream if it does not exist.',
    '    * ENTRIESREAD entries_read',
    "      Set the group's entries_read counter (internal use).",
    'CREATECONSUMER <key> <groupname> <consumer>',
    '    Create a new consumer in the specified group.',
    'DELCONSUMER <key> <groupname> <consumer>',
    '    Remove the specified consumer.',
    'DESTROY <key> <groupname>',
    '    Remove the specified group.',
    'SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]',
    '    Set the current group ID and entries_read counter.',
    'HELP',
    '    Prints this help.',
];
function writeHelp(w, lines) {
    w.array(lines.length);
    for (const line of lines)
        w.simple(line);
}
export const writeXinfoHelp = (w) => writeHelp(w, XINFO_HELP);
export const writeXgroupHelp = (w) => writeHelp(w, XGROUP_HELP);
//# sourceMappingURL=help-texts.js.map