// npm's `prepare`: builds dist/ after `npm install` / `npm ci` in this repository so `npx wharf`
// works at once. Only when dist/ is missing: npm may run a package's prepare again later (npx
// re-linking this self-linked package did, in a fresh clone, in the middle of a test run),
// and tsc rewriting dist/ in place under running tests breaks their imports. `npm run
// build`, `npm start` and `npm test` always rebuild.
//
// Never fails an install: without TypeScript (`npm install --omit=dev` in a checkout) it says
// how to build instead. The published package has no `prepare` at all (scripts/pack.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('dist/src/cli/main.js')) process.exit(0);
const tsc = 'node_modules/typescript/bin/tsc';
if (!existsSync(tsc)) {
  console.error(
    'wharf: TypeScript is not installed (dev dependencies omitted?): dist/ not built; run `npm install` then `npm run build`',
  );
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
