#!/usr/bin/env node
// Runs every bench/*.bench.mjs one after the other (`pnpm bench`). Benches import the built
// packages: run `pnpm build` first. Pass names to run some only: `node bench/run.mjs ingest`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const root = join(dir, '..');
const only = process.argv.slice(2);

if (!existsSync(join(root, 'packages', 'core', 'dist', 'index.js'))) {
  console.error('bench: packages/core/dist is missing. Run `pnpm build` first.');
  process.exit(1);
}

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no bench/*.bench.mjs file matches ${only.join(', ') || '(all)'}.`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} (node ${process.version}) ===`);
  const result = spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench: ${file} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
