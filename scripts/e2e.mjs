#!/usr/bin/env node
// App-level tests, run by `pnpm test` after vitest: the reference CRM in real Chromium, and the
// Next.js example's smoke test. Each step is one named test; a summary goes to
// node_modules/.cache/callbridge/e2e-summary.json for the final count.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCrmBrowserTests } from '../examples/crm/test/browser.mjs';
import { runNextSmokeTest } from '../examples/next/test/smoke.mjs';
import { pnpm } from './pnpm.mjs';

const root = new URL('..', import.meta.url).pathname;
const summaryDir = join(root, 'node_modules', '.cache', 'callbridge');
mkdirSync(summaryDir, { recursive: true });
const results = [];

function fail(name, error) {
  const text = String(error?.stack ?? error);
  results.push({ name, status: 'failed', error: text });
  console.log(`  ✗ ${name}\n    ${text.split('\n').join('\n    ')}`);
}

async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, status: 'passed' });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    fail(name, error);
  }
}

function skip(name, why) {
  results.push({ name, status: 'skipped' });
  console.log(`  - ${name} SKIPPED: ${why}`);
}

// The apps run from their builds; build what is missing (CI has built everything already).
const needsBuild = [
  ['packages/core/dist/index.js', null],
  ['examples/crm/dist-server/main.js', '@callbridge/example-crm'],
  ['examples/next/.next/BUILD_ID', '@callbridge/example-next'],
];
if (needsBuild.some(([file]) => !existsSync(join(root, file)))) {
  console.log('\nBuilding packages and examples for the app-level tests');
  pnpm(['-r', 'run', 'build'], { cwd: root });
}

console.log('\nApp-level tests');
const chromium = process.env.CALLBRIDGE_CHROMIUM;
for (const [name, run] of [
  [
    'crm: the reference app starts and serves the browser tests',
    () => runCrmBrowserTests({ root, chromium, test, skip }),
  ],
  ['next: the example starts and serves the smoke test', () => runNextSmokeTest({ root, test, skip })],
]) {
  try {
    await run();
  } catch (error) {
    fail(name, error);
  }
}

const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.filter((r) => r.status === 'failed').length;
const skipped = results.filter((r) => r.status === 'skipped').length;
writeFileSync(
  join(summaryDir, 'e2e-summary.json'),
  JSON.stringify({ passed, failed, skipped, results }, null, 2),
);
console.log(`\nApp-level: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
