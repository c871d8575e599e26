// npm pack / npm publish, around the tarball (package.json: prepack runs `before`, postpack `after`):
//
// before: builds dist/src afresh from src/ with tsconfig.pack.json (declarations, no source maps, no
//         stale files of deleted sources, nothing of tests, bench or examples), then writes the
//         package.json users get: without `scripts` (npm lists a dependency's `prepare` among its
//         install scripts, and none of ours is meant to run outside this repository),
//         `devDependencies` or `allowScripts`. The repository's own is kept as package.json.orig.
// after:  puts the repository's package.json back.
//
// A run interrupted between the two leaves package.json.orig: the next `before` (or `after`)
// restores it first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const ORIG = 'package.json.orig';
const BUILD = '.pack-build';

function restore() {
  if (existsSync(ORIG)) renameSync(ORIG, 'package.json');
}

function before() {
  restore();
  rmSync(BUILD, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.pack.json', '--outDir', BUILD],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  rmSync('dist/src', { recursive: true, force: true });
  mkdirSync('dist', { recursive: true });
  renameSync(`${BUILD}/src`, 'dist/src');
  rmSync(BUILD, { recursive: true, force: true });

  const text = readFileSync('package.json', 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts;
  delete pkg.devDependencies;
  delete pkg.allowScripts;
  writeFileSync(ORIG, text);
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
}

const step = process.argv[2];
if (step === 'before') before();
else if (step === 'after') restore();
else {
  console.error('usage: node scripts/pack.mjs before|after (run by npm pack)');
  process.exit(2);
}
