// npm's `prepare`: builds dist/ after `npm install` / `npm ci` so `npx wharf` works at
// once. Only when dist/ is missing: npm may run a package's prepare again later (npx
// re-linking this self-linked package did, in a fresh clone, in the middle of a test run),
// and tsc rewriting dist/ in place under running tests breaks their imports. `npm run
// build`, `npm start` and `npm test` always rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('dist/src/cli/main.js')) process.exit(0);
const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
