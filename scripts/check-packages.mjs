#!/usr/bin/env node
// publint and @arethetypeswrong/cli over every published package (after `pnpm build`).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
let failed = 0;
for (const dir of readdirSync(join(root, 'packages'))) {
  const cwd = join(root, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  console.log(`\n--- ${pkg.name}`);
  const pub = spawnSync(bin('publint'), ['--strict'], { cwd, stdio: 'inherit' });
  // node10 resolution cannot see subpath exports; everything else must be green. attw packs with
  // `npm pack`, which would run the package's `prepack` (a full build) again: the dist was just
  // built by `pnpm build`, so scripts are skipped.
  const attw = spawnSync(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, npm_config_ignore_scripts: 'true' },
  });
  if (pub.status !== 0 || attw.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${failed} package(s) failed publint or attw`);
  process.exit(1);
}
console.log('\nall packages pass publint and attw');
