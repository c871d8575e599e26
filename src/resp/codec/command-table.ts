import type { ArgumentDoc, CommandSpec, KeySpec } from './command-spec.js';
import { REDIS_COMMANDS } from './commands.generated.js';
import type { ReplyWriter } from './reply-writer.js';

// Looks commands up the way Redis 7.0 does (case-insensitive; a container's subcommand by its
// second word), checks arity with Redis's error texts (src/server.c commandCheckExistence,
// commandCheckArity) and writes COMMAND COUNT / INFO / DOCS replies (addReplyCommandInfo,
// addReplyCommandDocs). Redis lists subcommands in its dict's hash order, which changes with
// every start; here they come sorted by name.

export class CommandTable {
  private readonly byName = new Map<string, CommandSpec>();

  constructor(readonly commands: readonly CommandSpec[] = REDIS_COMMANDS) {
    for (const c of commands) {
      this.byName.set(c.name, c);
      for (const s of c.subcommands) this.byName.set(s.name, s);
    }
  }

  get count(): number {
    return this.commands.length;
  }

  /** `xadd`, `XGROUP|create`: what COMMAND INFO / DOCS arguments name. */
  byFullName(name: string): CommandSpec | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /**
   * The name (as sent, latin1) of the last command without subcommands looked up, and what it found: a
   * pipeline names the same command over and over, and comparing its bytes beats a string and a map lookup.
   */
  private lastName = '';
  private lastFound: CommandSpec | undefined;

  /** The command (or subcommand) a request names, as lookupCommand does; undefined if none. */
  lookup(args: readonly Buffer[]): CommandSpec | undefined {
    const name = args[0];
    const last = this.lastName;
    if (name.length === last.length && this.lastFound !== undefined) {
      let i = 0;
      while (i < name.length && name[i] === last.charCodeAt(i)) i++;
      if (i === name.length) return this.lastFound;
    }
    const text = name.toString('latin1');
    const base = this.byName.get(text.toLowerCase());
    if (base === undefined) return undefined;
    if (base.subcommands.length === 0) {
      this.lastName = text;
      this.lastFound = base;
      return base;
    }
    if (args.length < 2) return base;
    return this.byName.get(`${base.name}|${args[1].toString('latin1').toLowerCase()}`);
  }

  /**
   * The command a request names if it exists and has a valid number of words; otherwise the
   * error line Redis replies with (unknown command, unknown subcommand, wrong arity), as bytes:
   * it quotes the client's own bytes, which need not be UTF-8 (ReplyWriter.error takes them).
   */
  check(
    args: readonly Buffer[],
    /** what lookup(args) gave, when the caller has it already */
    command: CommandSpec | undefined = this.lookup(args),
  ): { ok: true; command: CommandSpec } | { ok: false; error: Buffer } {
    if (command === undefined)
      return { ok: false, error: Buffer.from(unknownCommandError(args, this), 'latin1') };
    const a = command.arity;
    if ((a > 0 && a !== args.length) || args.length < -a) {
      return {
        ok: false,
        error: Buffer.from(`ERR wrong number of arguments for '${command.name}' command`, 'latin1'),
      };
    }
    return { ok: true, command };
  }

  /** COMMAND COUNT. */
  writeCount(w: ReplyWriter): void {
    w.integer(this.commands.length);
  }

  /** COMMAND INFO [name...]: every command when no name is given, null for an unknown name. */
  writeInfo(w: ReplyWriter, names: readonly string[]): void {
    if (names.length === 0) {
      w.array(this.commands.length);
      for (const c of this.commands) writeCommandInfo(w, c);
      return;
    }
    w.array(names.length);
    for (const n of names) {
      const c = this.byFullName(n);
      if (c === undefined) w.null();
      else writeCommandInfo(w, c);
    }
  }

  /** COMMAND DOCS [name...]: a map of the known names only. */
  writeDocs(w: ReplyWriter, names: readonly string[]): void {
    const found =
      names.length === 0
        ? this.commands
        : names.map((n) => this.byFullName(n)).filter((c) => c !== undefined);
    w.map(found.length);
    for (const c of found) {
      w.bulk(c.name);
      writeCommandDocs(w, c);
    }
  }
}

/** Built over latin1 strings so that each character is one byte of the client's input. */
function unknownCommandError(args: readonly Buffer[], table: CommandTable): string {
  const name = args[0].toString('latin1');
  const container = table.byFullName(name);
  // Like Redis, a container named with a bad subcommand (or none) gets the HELP hint.
  if (container !== undefined && container.subcommands.length > 0) {
    const sub = args.length > 1 ? args[1].toString('latin1').slice(0, 128) : '';
    return clean(`ERR unknown subcommand '${sub}'. Try ${name.toUpperCase()} HELP.`);
  }
  let shown = '';
  for (let i = 1; i < args.length && shown.length < 128; i++) {
    shown += `'${args[i].toString('latin1').slice(0, 128 - shown.length)}' `;
  }
  return clean(`ERR unknown command '${name.slice(0, 128)}', with args beginning with: ${shown}`);
}

/** Redis maps CR and LF in error texts to spaces. */
function clean(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}

export function writeCommandInfo(w: ReplyWriter, c: CommandSpec): void {
  w.array(10);
  w.bulk(c.name);
  w.integer(c.arity);
  writeStatusSet(w, c.flags);
  w.integer(c.firstKey);
  w.integer(c.lastKey);
  w.integer(c.step);
  writeStatusSet(w, c.aclCategories);
  w.set(c.tips.length);
  for (const t of c.tips) w.bulk(t);
  w.set(c.keySpecs.length);
  for (const k of c.keySpecs) writeKeySpec(w, k);
  if (c.subcommands.length === 0) {
    w.set(0);
  } else {
    w.array(c.subcommands.length);
    for (const s of c.subcommands) writeCommandInfo(w, s);
  }
}

function writeStatusSet(w: ReplyWriter, items: readonly string[]): void {
  w.set(items.length);
  for (const i of items) w.simple(i);
}

function writeKeySpec(w: ReplyWriter, k: KeySpec): void {
  w.map(k.notes === undefined ? 3 : 4);
  if (k.notes !== undefined) w.bulk('notes').bulk(k.notes);
  w.bulk('flags');
  writeStatusSet(w, k.flags);
  w.bulk('begin_search').map(2).bulk('type').bulk(k.beginSearch.type).bulk('spec');
  const bs = k.beginSearch;
  if (bs.type === 'index') w.map(1).bulk('index').integer(bs.index);
  else if (bs.type === 'keyword')
    w.map(2).bulk('keyword').bulk(bs.keyword).bulk('startfrom').integer(bs.startfrom);
  else w.map(0);
  const fk = k.findKeys;
  w.bulk('find_keys').map(2).bulk('type').bulk(fk.type).bulk('spec');
  if (fk.type === 'range') {
    w.map(3)
      .bulk('lastkey')
      .integer(fk.lastkey)
      .bulk('keystep')
      .integer(fk.keystep)
      .bulk('limit')
      .integer(fk.limit);
  } else if (fk.type === 'keynum') {
    w.map(3).bulk('keynumidx').integer(fk.keynumidx).bulk('firstkey').integer(fk.firstkey);
    w.bulk('keystep').integer(fk.keystep);
  } else w.map(0);
}

export function writeCommandDocs(w: ReplyWriter, c: CommandSpec): void {
  const d = c.docs;
  const fields =
    1 +
    (d.summary !== undefined ? 1 : 0) +
    (d.since !== undefined ? 1 : 0) +
    (d.complexity !== undefined ? 1 : 0) +
    (d.docFlags.length > 0 ? 1 : 0) +
    (d.deprecatedSince !== undefined ? 1 : 0) +
    (d.replacedBy !== undefined ? 1 : 0) +
    (d.history !== null ? 1 : 0) +
    (d.arguments !== null ? 1 : 0) +
    (c.subcommands.length > 0 ? 1 : 0);
  w.map(fields);
  if (d.summary !== undefined) w.bulk('summary').bulk(d.summary);
  if (d.since !== undefined) w.bulk('since').bulk(d.since);
  w.bulk('group').bulk(d.group);
  if (d.complexity !== undefined) w.bulk('complexity').bulk(d.complexity);
  if (d.docFlags.length > 0) {
    w.bulk('doc_flags');
    writeStatusSet(w, d.docFlags);
  }
  if (d.deprecatedSince !== undefined) w.bulk('deprecated_since').bulk(d.deprecatedSince);
  if (d.replacedBy !== undefined) w.bulk('replaced_by').bulk(d.replacedBy);
  if (d.history !== null) {
    w.bulk('history').set(d.history.length);
    for (const [since, changes] of d.history) w.array(2).bulk(since).bulk(changes);
  }
  if (d.arguments !== null) {
    w.bulk('arguments');
    writeArguments(w, d.arguments);
  }
  if (c.subcommands.length > 0) {
    w.bulk('subcommands').map(c.subcommands.length);
    for (const s of c.subcommands) {
      w.bulk(s.name);
      writeCommandDocs(w, s);
    }
  }
}

function writeArguments(w: ReplyWriter, args: readonly ArgumentDoc[]): void {
  w.array(args.length);
  for (const a of args) {
    const nested = a.type === 'oneof' || a.type === 'block';
    w.map(
      2 +
        (a.keySpecIndex !== undefined ? 1 : 0) +
        (a.token !== undefined ? 1 : 0) +
        (a.summary !== undefined ? 1 : 0) +
        (a.since !== undefined ? 1 : 0) +
        (a.deprecatedSince !== undefined ? 1 : 0) +
        (a.flags.length > 0 ? 1 : 0) +
        (nested ? 1 : 0),
    );
    w.bulk('name').bulk(a.name).bulk('type').bulk(a.type);
    if (a.keySpecIndex !== undefined) w.bulk('key_spec_index').integer(a.keySpecIndex);
    if (a.token !== undefined) w.bulk('token').bulk(a.token);
    if (a.summary !== undefined) w.bulk('summary').bulk(a.summary);
    if (a.since !== undefined) w.bulk('since').bulk(a.since);
    if (a.deprecatedSince !== undefined) w.bulk('deprecated_since').bulk(a.deprecatedSince);
    if (a.flags.length > 0) {
      w.bulk('flags');
      writeStatusSet(w, a.flags);
    }
    if (nested) {
      w.bulk('arguments');
      writeArguments(w, a.arguments ?? []);
    }
  }
}
