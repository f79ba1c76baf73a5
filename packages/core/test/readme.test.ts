import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The README's snippets are run or compared here, so they cannot drift from the code.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'core-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fenced blocks of one language, in order. */
function blocks(language: string): string[] {
  return [...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (m) => m[1] as string,
  );
}

describe('README', () => {
  it('the quick start runs and prints what its comments promise', async () => {
    const [snippet] = blocks('js');
    expect(snippet).toContain('createCallBridge');
    const file = join(dir, 'quickstart.mjs');
    writeFileSync(file, snippet as string);
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'object' ? JSON.stringify(a) : String(a))).join(' '));
    });
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      log.mockRestore();
    }
    expect(lines).toEqual([
      '200 {"status":"received","events":1}',
      '200 {"status":"duplicate","events":1}',
      '14486597828273463454 +33612345678 c-42 answered',
      'Inbound call - +33 6 12 34 56 78 | Duration: 2m 34s',
      '401 application/problem+json; charset=utf-8 unauthenticated',
    ]);
    // Each printed line is also written in the snippet, as the comment readers see.
    for (const line of lines.slice(2)) expect(snippet).toContain(`// ${line}`);
  }, 30_000);

  it('the custom port example is, byte for byte, a test that runs in this package', () => {
    const port = readFileSync(new URL('./readme-port.test.ts', import.meta.url), 'utf8');
    expect(blocks('ts')).toContain(port);
  });

  it('the FsBlobStore snippet runs', async () => {
    const snippet = blocks('js').find((block) => block.includes('new FsBlobStore('));
    expect(snippet).toContain('new FsBlobStore(');
    const file = join(dir, 'fs-blob-store.mjs');
    writeFileSync(file, `${snippet}\nexport { blobs };\n`);
    const { blobs } = (await import(/* @vite-ignore */ file)) as { blobs: { put: unknown; get: unknown } };
    expect(typeof blobs.put).toBe('function');
    expect(typeof blobs.get).toBe('function');
  });

  it('the lossless JSON example prints what it says', async () => {
    const { parseJsonLossless } = await import('@callbridge/core');
    const example = blocks('js').find((block) => block.startsWith('parseJsonLossless('));
    expect(example).toContain("// { call_id: '14486597828273463454', duration: 154 }");
    expect(parseJsonLossless('{"call_id":14486597828273463454,"duration":154}')).toEqual({
      call_id: '14486597828273463454',
      duration: 154,
    });
  });
});
