import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the PGlite quick start as written and prints what its comments say', async () => {
    const snippet = blocks.find((b) => b.includes('createPGliteStores'));
    expect(snippet).toBeTruthy();
    const file = join(mkdtempSync(join(tmpdir(), 'callbridge-readme-')), 'quick-start.ts');
    writeFileSync(file, snippet!);
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await import(/* @vite-ignore */ file);
    expect(printed).toEqual([[true, 'Inbound call - Unknown number'], [1]]);
  }, 180_000);
});
