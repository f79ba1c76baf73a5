import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ringover-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README', () => {
  it('the quick start runs and prints what it promises', async () => {
    const snippet = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    const file = join(dir, 'quickstart.mjs');
    writeFileSync(file, snippet as string);
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(
        args
          .map((a) => (typeof a === 'string' || typeof a === 'number' ? String(a) : JSON.stringify(a)))
          .join(' '),
      );
    });
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      log.mockRestore();
    }
    expect(lines).toEqual(['200 {"status":"received","events":1}', '14486597828273463454 +33612345678 c-42']);
    // The snippet's modules are transformed on first import: slow on a busy machine.
  }, 30_000);
});
