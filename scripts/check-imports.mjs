#!/usr/bin/env node
// Part of `npm run lint`: keeps Wharf's layers and forbids import cycles in src/.
//
// Layers (DESIGN.md): the store knows no protocol and no engine; the engine (src/broker)
// knows no wire format; a protocol front uses the engine and the store, never another
// front. Only the wiring (fronts/registry, server, cli, embedded, index) sees every front.
// A cycle among value imports (type-only imports are erased and do not count) makes
// module initialisation order matter, so none is allowed.
//
// Resolution is by relative path: `from './x.js'` is ./x.ts, or ./x/index.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** top-level folder of src -> the top-level folders (besides itself) it may import */
const FRONTS = ['amqp', 'kafka', 'sqs', 'resp', 'http'];
const ALLOWED = {
  store: [],
  broker: ['store', 'version.ts'],
  ...Object.fromEntries(
    FRONTS.map((f) => [f, ['broker', 'store', 'fronts', 'listen.ts', 'tls.ts', 'version.ts']]),
  ),
  shovel: ['broker', 'store', 'amqp', 'version.ts'],
};

const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) files.push(p);
  }
})(root);

// `import x from`, `import { a, type B } from`, `export * from`, `export { a } from`;
// not `import type ...` / `export type ...` (erased), and not `import { type A, type B }`.
const IMPORT = /^(?:import|export)\s+(?!type\s)([^;'"]*?)\s*from\s+'(\.[^']+)'/gms;
const ONLY_TYPES = /^\{(\s*type\s+[\w$]+(\s+as\s+[\w$]+)?\s*,?)*\s*\}$/;

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, '.ts'));
  if (fs.existsSync(base)) return base;
  const index = path.join(base.replace(/\.ts$/, ''), 'index.ts');
  return fs.existsSync(index) ? index : undefined;
}

const topOf = (file) => path.relative(root, file).split(path.sep)[0];

const problems = [];
const graph = new Map();
for (const file of files) {
  const deps = new Set();
  const src = fs.readFileSync(file, 'utf8');
  for (const m of src.matchAll(IMPORT)) {
    if (ONLY_TYPES.test(m[1].trim())) continue;
    const target = resolve(file, m[2]);
    if (target === undefined) continue; // tsc reports it
    deps.add(target);
  }
  // layers count type imports too: a store that names an engine type still knows the engine
  for (const m of src.matchAll(/from\s+'(\.[^']+)'/g)) {
    const target = resolve(file, m[1]);
    if (target === undefined) continue;
    const a = topOf(file);
    const b = topOf(target);
    const allowed = ALLOWED[a];
    if (allowed !== undefined && a !== b && !allowed.includes(b)) {
      problems.push(
        `layer: ${path.relative(root, file)} imports ${path.relative(root, target)} (${a} may not use ${b})`,
      );
    }
  }
  graph.set(file, deps);
}

// Tarjan's strongly connected components: every component with more than one file is a cycle
let next = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
function connect(v) {
  index.set(v, next);
  low.set(v, next);
  next++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    onStack.delete(w);
    component.push(path.relative(root, w));
  } while (w !== v);
  if (component.length > 1 || (graph.get(v)?.has(v) ?? false)) {
    problems.push(`cycle: ${component.sort().join(' <-> ')}`);
  }
}
for (const v of graph.keys()) if (!index.has(v)) connect(v);

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(
    `check-imports: ${problems.length} problem(s) in src/ (layers and cycles, see scripts/check-imports.mjs)`,
  );
  process.exit(1);
}
console.log(`check-imports: ${files.length} files, no import cycles, layers kept`);
