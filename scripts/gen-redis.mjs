#!/usr/bin/env node
// Generates src/resp/codec/commands.generated.ts from Redis's own command descriptions
// (src/commands/*.json, copied into ../shared/spec/redis/): every command and subcommand file
// there, with what Redis 7.0 derives from them at startup (redis 7.0.15 src/server.c:
// setImplicitACLCategories, populateCommandLegacyRangeSpec, the flag and category reply
// orders) and with the fields COMMAND DOCS shows in 7.0 (no display_text).
//
// Usage: node scripts/gen-redis.mjs [specDir] [--out file.ts]
// Plain Node, no dependencies; deterministic output so a test can detect staleness.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let specDir = resolve(root, '../shared/spec/redis');
let outPath = resolve(root, 'src/resp/codec/commands.generated.ts');
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out') outPath = resolve(argv[++i]);
  else specDir = resolve(argv[i]);
}

// addReplyFlagsForCommand's order; the hidden flags (may_replicate, sentinel, only_sentinel,
// protected, touches_arbitrary_keys) are left out as Redis leaves them out.
const FLAG_ORDER = [
  ['WRITE', 'write'],
  ['READONLY', 'readonly'],
  ['DENYOOM', 'denyoom'],
  ['MODULE', 'module'],
  ['ADMIN', 'admin'],
  ['PUBSUB', 'pubsub'],
  ['NOSCRIPT', 'noscript'],
  ['BLOCKING', 'blocking'],
  ['LOADING', 'loading'],
  ['STALE', 'stale'],
  ['SKIP_MONITOR', 'skip_monitor'],
  ['SKIP_SLOWLOG', 'skip_slowlog'],
  ['ASKING', 'asking'],
  ['FAST', 'fast'],
  ['NO_AUTH', 'no_auth'],
  ['NO_MANDATORY_KEYS', 'no_mandatory_keys'],
  ['NO_ASYNC_LOADING', 'no_async_loading'],
  ['NO_MULTI', 'no_multi'],
  ['MOVABLE_KEYS', 'movablekeys'],
  ['ALLOW_BUSY', 'allow_busy'],
];
const HIDDEN_FLAGS = new Set([
  'MAY_REPLICATE',
  'SENTINEL',
  'ONLY_SENTINEL',
  'PROTECTED',
  'TOUCHES_ARBITRARY_KEYS',
]);
// ACLCommandCategories order (src/acl.c).
const ACL_ORDER = [
  'keyspace',
  'read',
  'write',
  'set',
  'sortedset',
  'list',
  'hash',
  'string',
  'bitmap',
  'hyperloglog',
  'geo',
  'stream',
  'pubsub',
  'admin',
  'fast',
  'slow',
  'blocking',
  'dangerous',
  'connection',
  'transaction',
  'scripting',
];
const KEY_FLAG_ORDER = [
  ['RO', 'RO'],
  ['RW', 'RW'],
  ['OW', 'OW'],
  ['RM', 'RM'],
  ['ACCESS', 'access'],
  ['UPDATE', 'update'],
  ['INSERT', 'insert'],
  ['DELETE', 'delete'],
  ['NOT_KEY', 'not_key'],
  ['INCOMPLETE', 'incomplete'],
  ['VARIABLE_FLAGS', 'variable_flags'],
];
const DOC_FLAG_ORDER = [
  ['DEPRECATED', 'deprecated'],
  ['SYSCMD', 'syscmd'],
];

function ordered(names, order, what) {
  const set = new Set(names);
  for (const n of set) {
    if (!order.some(([k]) => k === n) && !HIDDEN_FLAGS.has(n)) throw new Error(`unknown ${what} ${n}`);
  }
  return order.filter(([k]) => set.has(k)).map(([, v]) => v);
}

function keySpec(k) {
  const bs = k.begin_search;
  const fk = k.find_keys;
  const out = { flags: ordered(k.flags ?? [], KEY_FLAG_ORDER, 'key flag') };
  if (k.notes) out.notes = k.notes;
  if (bs.index) out.beginSearch = { type: 'index', index: bs.index.pos };
  else if (bs.keyword)
    out.beginSearch = { type: 'keyword', keyword: bs.keyword.keyword, startfrom: bs.keyword.startfrom };
  else out.beginSearch = { type: 'unknown' };
  if (fk.range)
    out.findKeys = {
      type: 'range',
      lastkey: fk.range.lastkey,
      keystep: fk.range.step,
      limit: fk.range.limit,
    };
  else if (fk.keynum) {
    out.findKeys = {
      type: 'keynum',
      keynumidx: fk.keynum.keynumidx,
      firstkey: fk.keynum.firstkey,
      keystep: fk.keynum.step,
    };
  } else out.findKeys = { type: 'unknown' };
  return out;
}

/** populateCommandLegacyRangeSpec: the (firstkey, lastkey, step) triple and movablekeys. */
function legacyRange(specs) {
  let movable = false;
  if (specs.length === 0) return { firstKey: 0, lastKey: 0, step: 0, movable };
  const plain = (s) => s.beginSearch.type === 'index' && s.findKeys.type === 'range';
  const abs = (first, last) => (last >= 0 ? last + first : last);
  if (specs.length === 1 && plain(specs[0])) {
    const s = specs[0];
    if (s.flags.includes('incomplete')) movable = true;
    return {
      firstKey: s.beginSearch.index,
      lastKey: abs(s.beginSearch.index, s.findKeys.lastkey),
      step: s.findKeys.keystep,
      movable,
    };
  }
  let firstkey = Infinity;
  let lastkey = 0;
  let prevLast = 0;
  const u32 = (n) => n >>> 0; // Redis compares lastkey as unsigned so that -1 wins
  for (const s of specs) {
    if (!plain(s)) {
      movable = true;
      continue;
    }
    if (s.findKeys.keystep !== 1 || (prevLast && prevLast !== s.beginSearch.index - 1)) {
      movable = true;
      continue;
    }
    if (s.flags.includes('incomplete')) movable = true;
    firstkey = Math.min(firstkey, s.beginSearch.index);
    const lastAbs = abs(s.beginSearch.index, s.findKeys.lastkey);
    lastkey = u32(lastkey) >= u32(lastAbs) ? lastkey : lastAbs;
    prevLast = lastkey;
  }
  if (firstkey === Infinity) return { firstKey: 0, lastKey: 0, step: 0, movable: true };
  return { firstKey: firstkey, lastKey: lastkey, step: 1, movable };
}

function argDoc(a) {
  const out = { name: a.name, type: a.type };
  if (a.key_spec_index !== undefined) out.keySpecIndex = a.key_spec_index;
  if (a.token !== undefined) out.token = a.token;
  if (a.summary !== undefined) out.summary = a.summary;
  if (a.since !== undefined) out.since = a.since;
  if (a.deprecated_since !== undefined) out.deprecatedSince = a.deprecated_since;
  out.flags = [
    a.optional && 'optional',
    a.multiple && 'multiple',
    a.multiple_token && 'multiple_token',
  ].filter(Boolean);
  if (a.type === 'oneof' || a.type === 'block') out.arguments = (a.arguments ?? []).map(argDoc);
  return out;
}

function command(file, name, c, subs) {
  const keySpecs = (c.key_specs ?? []).map(keySpec);
  const range = legacyRange(keySpecs);
  const flagNames = [...(c.command_flags ?? [])];
  if (range.movable) flagNames.push('MOVABLE_KEYS');
  const flags = ordered(flagNames, FLAG_ORDER, `command flag (${file})`);
  // setImplicitACLCategories.
  const acl = new Set((c.acl_categories ?? []).map((x) => x.toLowerCase()));
  const has = (f) => flagNames.includes(f);
  if (has('WRITE')) acl.add('write');
  if (has('READONLY') && !acl.has('scripting')) acl.add('read');
  if (has('ADMIN')) acl.add('admin').add('dangerous');
  if (has('PUBSUB')) acl.add('pubsub');
  if (has('FAST')) acl.add('fast');
  if (has('BLOCKING')) acl.add('blocking');
  if (!acl.has('fast')) acl.add('slow');
  for (const a of acl) if (!ACL_ORDER.includes(a)) throw new Error(`unknown ACL category ${a} in ${file}`);
  const docs = { group: c.group };
  if (c.summary !== undefined) docs.summary = c.summary;
  if (c.since !== undefined) docs.since = c.since;
  if (c.complexity !== undefined) docs.complexity = c.complexity;
  docs.docFlags = ordered(c.doc_flags ?? [], DOC_FLAG_ORDER, 'doc flag');
  if (c.deprecated_since !== undefined) docs.deprecatedSince = c.deprecated_since;
  if (c.replaced_by !== undefined) docs.replacedBy = c.replaced_by;
  docs.history = c.history?.length ? c.history.map(([v, t]) => [v, t]) : null;
  docs.arguments = c.arguments?.length ? c.arguments.map(argDoc) : null;
  return {
    name,
    arity: c.arity,
    flags,
    firstKey: range.firstKey,
    lastKey: range.lastKey,
    step: range.step,
    aclCategories: ACL_ORDER.filter((a) => acl.has(a)).map((a) => `@${a}`),
    tips: (c.command_tips ?? []).map((t) => t.toLowerCase()),
    keySpecs,
    subcommands: subs,
    docs,
  };
}

// The shared spec, then this repository's own descriptions of commands the shared spec lacks
// (scripts/redis-spec-extra/README.md); the shared spec wins a name both have.
const extraDir = join(root, 'scripts/redis-spec-extra');
const jsonIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json'));
const shared = new Set(jsonIn(specDir));
const files = [
  ...[...shared].map((f) => ({ f, dir: specDir })),
  ...jsonIn(extraDir)
    .filter((f) => !shared.has(f))
    .map((f) => ({ f, dir: extraDir })),
].sort((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : 0));
const parsed = files.map(({ f, dir }) => {
  const o = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const [upper, c] = Object.entries(o)[0];
  return { file: f, upper, c };
});
const tops = parsed.filter((p) => !p.c.container);
const table = tops.map((t) => {
  const subs = parsed
    .filter((p) => p.c.container === t.upper)
    .map((p) => command(p.file, `${t.upper}|${p.upper}`.toLowerCase(), p.c, []))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return command(t.file, t.upper.toLowerCase(), t.c, subs);
});
for (const p of parsed) {
  if (p.c.container && !tops.some((t) => t.upper === p.c.container))
    throw new Error(`${p.file}: no container file`);
}

const copying = readFileSync(join(specDir, 'COPYING'), 'utf8').trimEnd().split('\n');
const out = [
  '// GENERATED FILE - DO NOT EDIT.',
  "// Produced by scripts/gen-redis.mjs from Redis's src/commands/*.json (../shared/spec/redis) and",
  '// scripts/redis-spec-extra/ (commands the shared spec lacks);',
  '// run `npm run gen` to refresh. test/resp/codec/commands.test.ts fails when this file is stale.',
  '//',
  '// The command descriptions come from Redis; its licence (COPYING) asks for this notice:',
  '//',
  ...copying.map((l) => `// ${l}`.trimEnd()),
  '',
  "import type { CommandSpec } from './command-spec.js';",
  '',
  `export const REDIS_COMMANDS: readonly CommandSpec[] = ${JSON.stringify(table, null, 2)};`,
  '',
];
writeFileSync(outPath, out.join('\n'));
