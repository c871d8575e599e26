#!/usr/bin/env node
// Generates src/kafka/codec/generated/ from Apache Kafka's message definitions
// (../shared/spec/kafka/*.json, Apache-2.0): one file per API with TypeScript interfaces, request
// decoders/encoders and response encoders/decoders for the versions Wharf advertises, plus
// index.ts with the API table (min/max/flexible-from, for the ApiVersions response) and the
// dispatch functions.
//
// Usage: node scripts/gen-kafka.mjs [specDir] [--out dir]
//   specDir defaults to ../shared/spec/kafka relative to the repo root;
//   --out defaults to src/kafka/codec/generated.
// Plain Node, no dependencies. The output is deterministic so a test can detect staleness.
//
// Only the advertised range of each API is generated, and conditions are simplified against it:
// a field that exists in every generated version is read unconditionally, one that exists in
// none is left out of the interface. Flexible versions (compact lengths, tagged fields) are
// generated wherever they fall inside the range.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let specDir = resolve(root, '../shared/spec/kafka');
let outDir = resolve(root, 'src/kafka/codec/generated');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') outDir = resolve(args[++i]);
  else specDir = resolve(args[i]);
}

// What Wharf advertises in ApiVersions, per ../shared/PROTOCOLS.md §1.2/§1.3 and issue 13.
// Minimum 0 everywhere: librdkafka enables a feature only when the broker's range overlaps the
// versions the feature needs (e.g. MSGVER2 needs Produce 3 and Fetch 4, the balanced consumer
// needs OffsetCommit 1-2), and kafkajs never reads the minimum. Maxima are the highest version
// kafkajs 2.2.4 or librdkafka 2.0.2 sends (librdkafka's INTRODUCTION.md table, kafkajs's
// requests/<api>/v<N>/), so both clients use their preferred version.
const ADVERTISED = [
  ['Produce', 0, 7], // both send 7; 8+ adds per-record errors, 9+ is flexible
  ['Fetch', 0, 11], // both send 11; 12+ is flexible with tagged leader/epoch fields
  ['ListOffsets', 0, 3], // kafkajs 3, librdkafka 2
  ['Metadata', 0, 6], // kafkajs 6, librdkafka 4
  ['OffsetCommit', 0, 7], // kafkajs 5, librdkafka 7
  ['OffsetFetch', 0, 7], // kafkajs 4, librdkafka 7 (flexible from 6)
  ['FindCoordinator', 0, 2],
  ['JoinGroup', 0, 5],
  ['Heartbeat', 0, 3],
  ['LeaveGroup', 0, 3], // kafkajs 3, librdkafka 1
  ['SyncGroup', 0, 3],
  ['DescribeGroups', 0, 4], // kafkajs 2, librdkafka 4
  ['ListGroups', 0, 4], // kafkajs 2, librdkafka 4 (flexible from 3)
  ['SaslHandshake', 0, 1],
  ['ApiVersions', 0, 3], // librdkafka 3 (flexible), kafkajs 2
  ['CreateTopics', 0, 4], // kafkajs 3, librdkafka 4
  ['DeleteTopics', 0, 1],
  ['DeleteRecords', 0, 1],
  ['InitProducerId', 0, 4], // kafkajs 1, librdkafka 4 (flexible from 2; 3+ for KIP-360 epoch bumps)
  ['AddPartitionsToTxn', 0, 1], // kafkajs 1, librdkafka 0
  ['AddOffsetsToTxn', 0, 1],
  ['EndTxn', 0, 1],
  ['TxnOffsetCommit', 0, 3], // kafkajs 1, librdkafka 3 (flexible, KIP-447 group metadata)
  ['DescribeConfigs', 0, 2], // kafkajs 2, librdkafka 1
  ['AlterConfigs', 0, 1],
  ['SaslAuthenticate', 0, 1],
  ['CreatePartitions', 0, 1],
  ['DeleteGroups', 0, 1],
  ['IncrementalAlterConfigs', 0, 1], // Kafka's own tools (kafka-configs.sh); flexible from 1
  ['OffsetDelete', 0, 0],
  ['DescribeCluster', 0, 0], // flexible from 0; newer admin clients probe it
];

// ---------------------------------------------------------------- spec loading

function load(name) {
  const text = readFileSync(join(specDir, `${name}.json`), 'utf8');
  // The files are JSON with whole-line // comments (../shared/spec/kafka/SOURCE.md).
  return JSON.parse(
    text
      .split('\n')
      .filter((l) => !/^\s*\/\//.test(l))
      .join('\n'),
  );
}

/** "3+" → [3, Infinity], "0-5" → [0, 5], "4" → [4, 4], "none"/undefined → null. */
function range(s) {
  if (s === undefined || s === 'none') return null;
  let m = /^(\d+)\+$/.exec(s);
  if (m) return [Number(m[1]), Infinity];
  m = /^(\d+)-(\d+)$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^(\d+)$/.exec(s);
  if (m) return [Number(m[1]), Number(m[1])];
  throw new Error(`bad version range ${s}`);
}

const intersect = (a, b) =>
  a && b && a[0] <= b[1] && b[0] <= a[1] ? [Math.max(a[0], b[0]), Math.min(a[1], b[1])] : null;

/**
 * A condition on `v` that is true exactly for versions in `r`, simplified for a context range
 * `ctx` (versions outside ctx never reach this code): 'true', 'false', or an expression.
 */
function cond(r, ctx) {
  const x = intersect(r, ctx);
  if (!x) return 'false';
  const parts = [];
  if (x[0] > ctx[0]) parts.push(`v >= ${x[0]}`);
  if (x[1] < ctx[1]) parts.push(`v <= ${x[1]}`);
  return parts.length ? parts.join(' && ') : 'true';
}

const camel = (s) => s.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (p) => p.toLowerCase());
const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const PRIMS = {
  bool: {
    ts: 'boolean',
    read: 'r.bool()',
    write: 'w.bool',
    elemR: 'readBool',
    elemW: 'writeBool',
    def: 'false',
  },
  int8: { ts: 'number', read: 'r.int8()', write: 'w.int8', elemR: 'readInt8', elemW: 'writeInt8', def: '0' },
  int16: {
    ts: 'number',
    read: 'r.int16()',
    write: 'w.int16',
    elemR: 'readInt16',
    elemW: 'writeInt16',
    def: '0',
  },
  uint16: {
    ts: 'number',
    read: 'r.uint16()',
    write: 'w.uint16',
    elemR: 'readUint16',
    elemW: 'writeUint16',
    def: '0',
  },
  int32: {
    ts: 'number',
    read: 'r.int32()',
    write: 'w.int32',
    elemR: 'readInt32',
    elemW: 'writeInt32',
    def: '0',
  },
  uint32: {
    ts: 'number',
    read: 'r.uint32()',
    write: 'w.uint32',
    elemR: 'readUint32',
    elemW: 'writeUint32',
    def: '0',
  },
  int64: {
    ts: 'number',
    read: 'r.int64()',
    write: 'w.int64',
    elemR: 'readInt64',
    elemW: 'writeInt64',
    def: '0',
  },
  float64: {
    ts: 'number',
    read: 'r.float64()',
    write: 'w.float64',
    elemR: 'readFloat64',
    elemW: 'writeFloat64',
    def: '0',
  },
  uuid: {
    ts: 'Buffer',
    read: 'r.uuid()',
    write: 'w.uuid',
    elemR: 'readUuid',
    elemW: 'writeUuid',
    def: 'Buffer.alloc(16)',
  },
};
const VARLEN = new Set(['string', 'bytes', 'records']);

/**
 * Turns one message JSON into a model: structs (name → fields) with each field's type, ranges and
 * tag, restricted to the generated range.
 */
function model(spec, lo, hi) {
  const prefix = spec.name; // e.g. ProduceRequest
  const common = new Map((spec.commonStructs ?? []).map((s) => [s.name, s]));
  const structs = new Map(); // TS type name → { name, fields, ctx }
  const flexible = range(spec.flexibleVersions);

  function struct(typeName, fields, ctx) {
    // Struct names often repeat the message name (OffsetFetchRequestTopic); don't say it twice.
    const tsName =
      typeName === null ? prefix : typeName.startsWith(prefix) ? typeName : `${prefix}${typeName}`;
    const prev = structs.get(tsName);
    if (prev) {
      // A common struct used from several fields: widen its context to cover every use.
      prev.ctx = [Math.min(prev.ctx[0], ctx[0]), Math.max(prev.ctx[1], ctx[1])];
      return tsName;
    }
    const s = { tsName, fields: [], ctx };
    structs.set(tsName, s);
    for (const f of fields) {
      const versions = intersect(range(f.versions), [lo, hi]);
      if (!versions) continue;
      const fctx = intersect(versions, ctx) ?? versions;
      const field = {
        name: f.name,
        prop: camel(f.name),
        about: f.about,
        versions,
        nullable: range(f.nullableVersions),
        tagged: f.tag !== undefined ? { tag: f.tag, versions: range(f.taggedVersions) } : null,
        def: f.default,
        flexNone: f.flexibleVersions === 'none',
      };
      let t = f.type;
      if (t.startsWith('[]')) {
        field.kind = 'array';
        t = t.slice(2);
      } else field.kind = 'single';
      if (PRIMS[t] || VARLEN.has(t)) field.elem = t;
      else {
        const body = f.fields ?? common.get(t)?.fields;
        if (!body) throw new Error(`${prefix}.${f.name}: unknown struct type ${t}`);
        field.elem = 'struct';
        field.struct = struct(t, body, fctx);
      }
      s.fields.push(field);
    }
    return tsName;
  }
  struct(null, spec.fields, [lo, hi]);
  return { prefix, structs, flexible };
}

// ---------------------------------------------------------------- code emission

function tsType(f, isResponse) {
  let t;
  if (f.elem === 'struct') t = f.struct;
  else if (f.elem === 'string') t = 'string';
  else if (f.elem === 'bytes') t = 'Buffer';
  else if (f.elem === 'records') t = isResponse ? 'Records' : 'Buffer | null';
  else t = PRIMS[f.elem].ts;
  if (f.kind === 'array') t = `${t}[]`;
  if (f.nullable && f.elem !== 'records' && intersect(f.nullable, f.versions)) t = `${t} | null`;
  return t;
}

function defaultValue(f) {
  if (f.kind === 'array') return f.def === 'null' ? 'null' : '[]';
  if (f.elem === 'struct') return `default${f.struct}()`;
  if (f.elem === 'string') return f.def === 'null' ? 'null' : JSON.stringify(f.def ?? '');
  if (f.elem === 'bytes') return f.def === 'null' ? 'null' : 'Buffer.alloc(0)';
  if (f.elem === 'records') return 'null';
  if (f.elem === 'bool') return String(f.def === 'true');
  if (f.elem === 'uuid') return PRIMS.uuid.def;
  if (f.def === undefined || f.def === '') return '0';
  const n = Number(f.def);
  if (!Number.isFinite(n)) throw new Error(`bad default ${f.def}`);
  return String(n);
}

function doc(f, ctx) {
  const bits = [];
  if (f.versions[0] > ctx[0] || f.versions[1] < ctx[1])
    bits.push(
      f.versions[1] === Infinity || f.versions[1] >= ctx[1]
        ? `v${f.versions[0]}+`
        : `v${f.versions[0]}-${f.versions[1]}`,
    );
  const n = intersect(f.nullable, f.versions);
  if (n && f.elem !== 'records')
    bits.push(n[0] === f.versions[0] && n[1] >= f.versions[1] ? 'nullable' : `nullable v${n[0]}+`);
  if (f.tagged) bits.push(`tagged field ${f.tagged.tag}, absent when undefined`);
  const about = (f.about ?? '').replace(/\*\//g, '* /').trim();
  return `/** ${about}${bits.length ? ` (${bits.join('; ')})` : ''} */`;
}

function generateApi(name, apiKey, lo, hi, req, res) {
  const out = [];
  const emit = (s = '') => out.push(s);
  const usedR = new Set();
  const usedW = new Set();
  const defaults = new Set();

  emit('// GENERATED FILE - DO NOT EDIT.');
  emit(`// Produced by scripts/gen-kafka.mjs from ${name}Request.json and ${name}Response.json;`);
  emit('// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.');
  emit("// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,");
  emit('// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).');
  emit('');
  const body = [];
  const b = (s = '') => body.push(s);

  for (const [spec, isResponse] of [
    [req, false],
    [res, true],
  ]) {
    const m = model(spec, lo, hi);
    const flexExprFor = (ctx) => (m.flexible ? cond(m.flexible, ctx) : 'false');
    const kind = isResponse ? 'response' : 'request';
    const fl = m.flexible ? m.flexible[0] : null;
    b(
      `// ---- ${name} ${kind} (api key ${apiKey}), versions ${lo}-${hi}${fl !== null && fl <= hi ? `, flexible from ${fl}` : ''}`,
    );
    b('');
    for (const s of m.structs.values()) {
      b(`export interface ${s.tsName} {`);
      for (const f of s.fields) {
        b(`  ${doc(f, s.ctx)}`);
        b(`  ${f.prop}${f.tagged ? '?' : ''}: ${tsType(f, isResponse)};`);
      }
      if (s.fields.length === 0) b('  // no fields in these versions');
      b('}');
      b('');
    }
    for (const s of m.structs.values()) {
      const isRoot = s.tsName === m.prefix;
      const flex = flexExprFor(s.ctx);
      const regular = s.fields.filter((f) => !f.tagged);
      const tagged = s.fields.filter((f) => f.tagged).sort((x, y) => x.tagged.tag - y.tagged.tag);
      const compactOf = (f) => (f.flexNone ? 'false' : flex === 'true' || flex === 'false' ? flex : 'flex');
      const needFlexVar =
        flex !== 'true' && flex !== 'false' && s.fields.some((f) => !f.flexNone || f.tagged);
      const anyFlex = flex !== 'false';
      const vUsed = (text) => /\bv\b/.test(text);

      // -- decoder
      const rd = [];
      const nullableCond = (f) =>
        f.nullable ? cond(f.nullable, intersect(f.versions, s.ctx) ?? f.versions) : 'false';
      const readExpr = (f) => {
        const C = compactOf(f);
        const nc = nullableCond(f);
        const pick = (nullableCall, plainCall) =>
          nc === 'true'
            ? nullableCall
            : nc === 'false'
              ? plainCall
              : `${nc} ? ${nullableCall} : ${plainCall}`;
        if (f.kind === 'array') {
          let el;
          if (f.elem === 'struct') el = `read${f.struct}`;
          else if (f.elem === 'string') {
            if (C !== 'false') usedR.add('readStringCompact');
            if (C !== 'true') usedR.add('readStringClassic');
            el =
              C === 'true'
                ? 'readStringCompact'
                : C === 'false'
                  ? 'readStringClassic'
                  : `(${C} ? readStringCompact : readStringClassic)`;
          } else if (PRIMS[f.elem]) {
            el = PRIMS[f.elem].elemR;
            usedR.add(el);
          } else throw new Error(`array of ${f.elem} unsupported`);
          return pick(`r.nullableArray(${C}, v, ${el})`, `r.array(${C}, v, ${el})`);
        }
        if (f.elem === 'struct') return `read${f.struct}(r, v)`;
        if (f.elem === 'string') return pick(`r.nullableString(${C})`, `r.string(${C})`);
        if (f.elem === 'bytes') return pick(`r.nullableBytes(${C})`, `r.bytes(${C})`);
        if (f.elem === 'records') return `r.records(${C})`;
        return PRIMS[f.elem].read;
      };
      const local = (f) => `f${f.name}`;
      if (needFlexVar) rd.push(`  const flex = ${flex};`);
      for (const f of regular) {
        const c = cond(f.versions, s.ctx);
        const e = readExpr(f);
        if (c === 'true') rd.push(`  const ${local(f)} = ${e};`);
        else {
          if (f.elem === 'struct' && f.kind !== 'array') defaults.add(f.struct);
          rd.push(`  const ${local(f)} = ${c} ? ${e} : ${defaultValue(f)};`);
        }
      }
      if (anyFlex) {
        for (const f of tagged) rd.push(`  let ${local(f)}: ${tsType(f, isResponse)} | undefined;`);
        const inner = [];
        const open = needFlexVar ? '  if (flex) ' : '  ';
        if (tagged.length === 0) inner.push(`${open}r.skipTaggedFields();`);
        else {
          inner.push(`${open}{`);
          inner.push('    for (let n = r.uvarint(); n > 0; n--) {');
          inner.push('      const tag = r.uvarint();');
          inner.push('      const outer = r.enterTagged(r.uvarint());');
          inner.push('      switch (tag) {');
          for (const f of tagged) {
            const c = cond(intersect(f.versions, f.tagged.versions) ?? [1, 0], s.ctx);
            inner.push(`        case ${f.tagged.tag}:`);
            if (c === 'true') inner.push(`          ${local(f)} = ${readExpr({ ...f, flexNone: false })};`);
            else if (c !== 'false')
              inner.push(`          if (${c}) ${local(f)} = ${readExpr({ ...f, flexNone: false })};`);
            inner.push('          break;');
          }
          inner.push('        default:');
          inner.push('          break; // unknown tags are skipped');
          inner.push('      }');
          inner.push('      r.leaveTagged(outer);');
          inner.push('    }');
          inner.push('  }');
        }
        rd.push(...inner);
      }
      const props = s.fields.map((f) => `${f.prop}: ${local(f)}`).join(', ');
      rd.push(`  return { ${props} };`);
      const rText = rd.join('\n');
      const rParams = `${/\br\./.test(rText) || /\(r, v\)/.test(rText) ? 'r' : '_r'}: Reader, ${vUsed(rText) ? 'v' : '_v'}: number`;
      b(
        `${isRoot ? 'export ' : ''}function ${isRoot ? 'decode' : 'read'}${s.tsName}(${rParams}): ${s.tsName} {`,
      );
      b(rText);
      b('}');
      b('');

      // -- encoder
      const wr = [];
      if (needFlexVar) wr.push(`  const flex = ${flex};`);
      const writeStmt = (f, val) => {
        const C = compactOf(f);
        const nc = nullableCond(f);
        if (f.kind === 'array') {
          let el;
          if (f.elem === 'struct') el = `write${f.struct}`;
          else if (f.elem === 'string') {
            if (C === 'true') el = 'writeStringCompact';
            else if (C === 'false') el = 'writeStringClassic';
            else el = `(${C} ? writeStringCompact : writeStringClassic)`;
            if (C !== 'false') usedW.add('writeStringCompact');
            if (C !== 'true') usedW.add('writeStringClassic');
          } else {
            el = PRIMS[f.elem].elemW;
            usedW.add(el);
          }
          if (nc === 'true') return `w.nullableArray(${val}, ${C}, v, ${el});`;
          if (nc === 'false') return `w.array(${val}, ${C}, v, ${el});`;
          const plain = tsType({ ...f, nullable: null }, isResponse);
          return `if (${nc}) w.nullableArray(${val}, ${C}, v, ${el});\n  else w.array(${val} as ${plain}, ${C}, v, ${el});`;
        }
        if (f.elem === 'struct') return `write${f.struct}(w, ${val}, v);`;
        if (f.elem === 'string' || f.elem === 'bytes') {
          const N = f.elem === 'string' ? 'String' : 'Bytes';
          if (nc === 'true') return `w.nullable${N}(${val}, ${C});`;
          if (nc === 'false') return `w.${N.toLowerCase()}(${val}, ${C});`;
          return `if (${nc}) w.nullable${N}(${val}, ${C});\n  else w.${N.toLowerCase()}(${val} as ${f.elem === 'string' ? 'string' : 'Buffer'}, ${C});`;
        }
        if (f.elem === 'records') return `w.records(${val}, ${C});`;
        return `${PRIMS[f.elem].write}(${val});`;
      };
      for (const f of regular) {
        const c = cond(f.versions, s.ctx);
        const stmt = writeStmt(f, `m.${f.prop}`);
        if (c === 'true') wr.push(`  ${stmt}`);
        else if (stmt.includes('\n')) wr.push(`  if (${c}) {`, `  ${stmt.replace(/\n/g, '\n  ')}`, '  }');
        else wr.push(`  if (${c}) ${stmt}`);
      }
      if (anyFlex) {
        const inner = [];
        const present = (f) => {
          const c = cond(intersect(f.versions, f.tagged.versions) ?? [1, 0], s.ctx);
          return c === 'true'
            ? `m.${f.prop} !== undefined`
            : c === 'false'
              ? 'false'
              : `m.${f.prop} !== undefined && ${c}`;
        };
        const live = tagged.filter((f) => present(f) !== 'false');
        if (live.length === 0) inner.push(`${needFlexVar ? '  if (flex) ' : '  '}w.uvarint(0);`);
        else {
          inner.push(needFlexVar ? '  if (flex) {' : '  {');
          inner.push('    let tags = 0;');
          for (const f of live) inner.push(`    if (${present(f)}) tags++;`);
          inner.push('    w.uvarint(tags);');
          for (const f of live) {
            inner.push(`    if (${present(f)}) {`);
            inner.push(`      w.uvarint(${f.tagged.tag});`);
            inner.push('      const start = w.beginSized();');
            inner.push(
              `      ${writeStmt({ ...f, flexNone: false }, `m.${f.prop}!`).replace(/\n/g, '\n    ')}`,
            );
            inner.push('      w.endSized(start);');
            inner.push('    }');
          }
          inner.push('  }');
        }
        wr.push(...inner);
      }
      const wText = wr.join('\n');
      const wParams = `${/\bw\b/.test(wText) ? 'w' : '_w'}: Writer, ${/\bm\./.test(wText) ? 'm' : '_m'}: ${s.tsName}, ${vUsed(wText) ? 'v' : '_v'}: number`;
      b(`${isRoot ? 'export ' : ''}function ${isRoot ? 'encode' : 'write'}${s.tsName}(${wParams}): void {`);
      if (wText) b(wText);
      b('}');
      b('');
    }
    for (const d of defaults) {
      const s = m.structs.get(d);
      b(`function default${d}(): ${d} {`);
      b(
        `  return { ${s.fields
          .filter((f) => !f.tagged)
          .map((f) => `${f.prop}: ${defaultValue(f)}`)
          .join(', ')} };`,
      );
      b('}');
      b('');
    }
    defaults.clear();
  }

  const text = body.join('\n');
  emit("import type { Reader } from '../reader.js';");
  if (usedR.size) emit(`import { ${[...usedR].sort().join(', ')} } from '../reader.js';`);
  if (/\bRecords\b/.test(text)) emit("import type { Records } from '../writer.js';");
  emit("import type { Writer } from '../writer.js';");
  if (usedW.size) emit(`import { ${[...usedW].sort().join(', ')} } from '../writer.js';`);
  emit('');
  return `${out.join('\n')}\n${text.replace(/\n+$/, '')}\n`;
}

// ---------------------------------------------------------------- index

const apis = [];
for (const [name, lo, hi] of ADVERTISED) {
  const req = load(`${name}Request`);
  const res = load(`${name}Response`);
  if (req.apiKey !== res.apiKey) throw new Error(`${name}: request and response api keys differ`);
  const valid = range(req.validVersions);
  if (lo < valid[0] || hi > valid[1])
    throw new Error(`${name}: advertised ${lo}-${hi} outside ${req.validVersions}`);
  if (req.flexibleVersions !== res.flexibleVersions) throw new Error(`${name}: flexible versions differ`);
  const flex = range(req.flexibleVersions);
  apis.push({
    name,
    apiKey: req.apiKey,
    lo,
    hi,
    req,
    res,
    file: kebab(name),
    flexibleFrom: flex ? flex[0] : null,
  });
}
apis.sort((a, b) => a.apiKey - b.apiKey);

const idx = [];
const e = (s = '') => idx.push(s);
e('// GENERATED FILE - DO NOT EDIT.');
e("// Produced by scripts/gen-kafka.mjs; run `npm run gen:kafka` to refresh. Derived from Apache Kafka's");
e('// message definitions: Copyright The Apache Software Foundation, licensed under the Apache License 2.0.');
e('//');
e('// The API table below is what Wharf advertises in ApiVersions, and the dispatch functions route a');
e('// body to its generated decoder or encoder. Why each range: scripts/gen-kafka.mjs, ADVERTISED.');
e('');
e("import { CodecErrorKind, KafkaCodecError } from '../codec-error.js';");
e("import type { Reader } from '../reader.js';");
e("import type { Writer } from '../writer.js';");
for (const a of apis) {
  e(`import * as ${camel(a.name)} from './${a.file}.js';`);
}
e('');
for (const a of apis) e(`export type * from './${a.file}.js';`);
e('');
e('export interface ApiInfo {');
e('  readonly apiKey: number;');
e('  readonly name: string;');
e('  readonly minVersion: number;');
e('  readonly maxVersion: number;');
e('  /** First flexible version (compact encodings, tagged fields, header v2/v1), or null if none. */');
e('  readonly flexibleFrom: number | null;');
e('}');
e('');
e('export const ApiKey = Object.freeze({');
for (const a of apis) e(`  ${a.name}: ${a.apiKey},`);
e('} as const);');
e('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];');
e('');
e('/** Every API Wharf advertises, by api key (frozen: shared by every broker in the process). */');
e('export const API_TABLE: readonly ApiInfo[] = Object.freeze([');
for (const a of apis)
  e(
    `  Object.freeze({ apiKey: ${a.apiKey}, name: '${a.name}', minVersion: ${a.lo}, maxVersion: ${a.hi}, flexibleFrom: ${a.flexibleFrom} }),`,
  );
e(']);');
e('');
e('const BY_KEY: readonly (ApiInfo | undefined)[] = Object.freeze(');
e('  API_TABLE.reduce<(ApiInfo | undefined)[]>((acc, a) => {');
e('    acc[a.apiKey] = a;');
e('    return acc;');
e('  }, []),');
e(');');
e('');
e('/** The table entry of an API key Wharf advertises, or undefined. */');
e('export function apiInfo(apiKey: number): ApiInfo | undefined {');
e('  return BY_KEY[apiKey];');
e('}');
e('');
e('export interface RequestByKey {');
for (const a of apis) e(`  ${a.apiKey}: ${camel(a.name)}.${a.name}Request;`);
e('}');
e('export interface ResponseByKey {');
for (const a of apis) e(`  ${a.apiKey}: ${camel(a.name)}.${a.name}Response;`);
e('}');
e('export type AnyRequest = RequestByKey[keyof RequestByKey];');
e('export type AnyResponse = ResponseByKey[keyof ResponseByKey];');
e('');
e('function unknownApi(apiKey: number): KafkaCodecError {');
// biome-ignore lint/suspicious/noTemplateCurlyInString: emits a TS template literal
e('  return new KafkaCodecError(CodecErrorKind.UNKNOWN_API, `unknown api key ${apiKey}`, { apiKey });');
e('}');
e('');
e('/** Throws UNKNOWN_API or UNSUPPORTED_VERSION unless Wharf advertises this key and version. */');
e('export function checkVersion(apiKey: number, version: number): ApiInfo {');
e('  const a = BY_KEY[apiKey];');
e('  if (a === undefined) throw unknownApi(apiKey);');
e('  if (version < a.minVersion || version > a.maxVersion)');
e('    throw new KafkaCodecError(');
e('      CodecErrorKind.UNSUPPORTED_VERSION,');
// biome-ignore lint/suspicious/noTemplateCurlyInString: emits a TS template literal
e('      `${a.name} v${version} is not supported (${a.minVersion}-${a.maxVersion})`,');
e('      { apiKey, apiVersion: version },');
e('    );');
e('  return a;');
e('}');
e('');
for (const [fn, dir, kind, sig, call] of [
  [
    'decodeRequestBody',
    'decode',
    'Request',
    '(r: Reader, apiKey: number, version: number): AnyRequest',
    (ns, n) => `${ns}.decode${n}(r, version)`,
  ],
  [
    'decodeResponseBody',
    'decode',
    'Response',
    '(r: Reader, apiKey: number, version: number): AnyResponse',
    (ns, n) => `${ns}.decode${n}(r, version)`,
  ],
  [
    'encodeRequestBody',
    'encode',
    'Request',
    '(w: Writer, apiKey: number, version: number, body: AnyRequest): void',
    (ns, n) => `${ns}.encode${n}(w, body as ${ns}.${n}, version)`,
  ],
  [
    'encodeResponseBody',
    'encode',
    'Response',
    '(w: Writer, apiKey: number, version: number, body: AnyResponse): void',
    (ns, n) => `${ns}.encode${n}(w, body as ${ns}.${n}, version)`,
  ],
]) {
  e(
    `/** ${dir === 'decode' ? 'Decodes' : 'Encodes'} a ${kind.toLowerCase()} body (no header); the version must be advertised (checkVersion). */`,
  );
  e(`export function ${fn}${sig} {`);
  e('  checkVersion(apiKey, version);');
  e('  switch (apiKey) {');
  for (const a of apis) {
    e(`    case ${a.apiKey}:`);
    e(`      return ${call(camel(a.name), `${a.name}${kind}`)};`);
  }
  e('    default:');
  e('      throw unknownApi(apiKey);');
  e('  }');
  e('}');
  e('');
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const seenTypes = new Map();
for (const a of apis)
  for (const spec of [a.req, a.res])
    for (const t of model(spec, a.lo, a.hi).structs.keys()) {
      if (seenTypes.has(t)) throw new Error(`type ${t} defined by both ${seenTypes.get(t)} and ${a.name}`);
      seenTypes.set(t, a.name);
    }
for (const a of apis)
  writeFileSync(join(outDir, `${a.file}.ts`), generateApi(a.name, a.apiKey, a.lo, a.hi, a.req, a.res));
writeFileSync(join(outDir, 'index.ts'), `${idx.join('\n').replace(/\n+$/, '')}\n`);
// Sanity: every file written is one we meant to write (the directory is ours alone).
const written = readdirSync(outDir).sort();
if (written.length !== apis.length + 1)
  throw new Error(`unexpected files in ${outDir}: ${written.join(', ')}`);
