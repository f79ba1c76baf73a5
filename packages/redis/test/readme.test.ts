import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { deletePrefix, redisUrl, testClient } from './support.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe.skipIf(!redisUrl)('README', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    const admin = testClient();
    await deletePrefix(admin, 'readme-demo:');
    await admin.quit();
  });

  it('runs the quick start as written and prints what its comments say', async () => {
    const snippet = blocks.find((b) => b.includes("prefix: 'readme-demo:'"));
    expect(snippet).toBeTruthy();
    const file = join(mkdtempSync(join(tmpdir(), 'callbridge-redis-readme-')), 'quick-start.ts');
    writeFileSync(file, snippet!);
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    vi.stubEnv('REDIS_URL', redisUrl);
    await import(/* @vite-ignore */ file);
    expect(printed).toEqual([
      ['claimed', 'in_progress'],
      ['duplicate'],
      ['call_event_created'],
      [{ callId: '12345678901234567890' }],
    ]);
  });
});
