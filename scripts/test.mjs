#!/usr/bin/env node
// The README's test command. Runs every vitest project, then the browser test of the reference
// app. Real-server suites run when their server answers; what is skipped is said loudly, and under
// CI=true nothing may be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectServices } from './services.mjs';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const { env, skipped } = await detectServices();

function banner(lines) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n`);
}

if (skipped.length > 0) {
  if (ci) {
    banner([
      'CI=true and these suites cannot run:',
      ...skipped,
      'Start the services (.ci/run does) and run again.',
    ]);
    process.exit(1);
  }
  banner(['SKIPPING (not available on this machine):', ...skipped]);
}

const runEnv = { ...process.env, ...env };
const reportDir = join(root, 'node_modules', '.cache', 'callbridge');
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, 'vitest-report.json');
const extra = process.argv.slice(2);

const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extra,
  ],
  { cwd: root, stdio: 'inherit', env: runEnv },
);

let passed = 0;
let failed = 0;
let skippedTests = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skippedTests += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
let status = vitest.status ?? 1;

// Browser and app-level tests (they need built packages).
const e2e = join(root, 'scripts', 'e2e.mjs');
if (extra.length === 0 && existsSync(e2e)) {
  const res = spawnSync(process.execPath, [e2e], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: runEnv,
  });
  const summaryFile = join(reportDir, 'e2e-summary.json');
  if (existsSync(summaryFile)) {
    const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
    passed += s.passed;
    failed += s.failed;
    skippedTests += s.skipped;
  }
  if (res.status !== 0) status = res.status ?? 1;
}

if (skipped.length > 0) banner(['Reminder, SKIPPED on this machine:', ...skipped]);
console.log(`${passed} passed, ${failed} failed, ${skippedTests} skipped`);
process.exit(status);
