import type { CommandSpec } from './command-spec.js';
import type { ReplyWriter } from './reply-writer.js';
export declare class CommandTable {
    readonly commands: readonly CommandSpec[];
    private readonly byName;
    constructor(commands?: readonly CommandSpec[]);
    get count(): number;
    /** `xadd`, `XGROUP|create`: what COMMAND INFO / DOCS arguments name. */
    byFullName(name: string): CommandSpec | undefined;
    /** The command (or subcommand) a request names, as lookupCommand does; undefined if none. */
    lookup(args: readonly Buffer[]): CommandSpec | undefined;
    /**
     * The command a request names if it exists and has a valid number of words; otherwise the
     * error line Redis replies with (unknown command, unknown subcommand, wrong arity), as bytes:
     * it quotes the client's own bytes, which need not be UTF-8 (ReplyWriter.error takes them).
     */
    check(args: readonly Buffer[], 
    /** what lookup(args) gave, when the caller has it already */
    command?: CommandSpec | undefined): {
        ok: true;
        command: CommandSpec;
    } | {
        ok: false;
        error: Buffer;
    };
    /** COMMAND COUNT. */
    writeCount(w: ReplyWriter): void;
    /** COMMAND INFO [name...]: every command when no name is given, null for an unknown name. */
    writeInfo(w: ReplyWriter, names: readonly string[]): void;
    /** COMMAND DOCS [name...]: a map of the known names only. */
    writeDocs(w: ReplyWriter, names: readonly string[]): void;
}
export declare function writeCommandInfo(w: ReplyWriter, c: CommandSpec): void;
export declare function writeCommandDocs(w: ReplyWriter, c: CommandSpec): void;
