import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContactDirectory, ContactSchema, currentHmacEngine, setHmacEngine } from '@callbridge/core';
import { nodeHmac } from '@callbridge/core/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fencedBlock, typecheckSnippets } from '../../../scripts/readme-snippets.js';

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

  it('the contact directory snippet type-checks and maps rows to valid contacts', async () => {
    const snippet = fencedBlock(readme, 'ts', 'export const contacts: ContactDirectory');
    expect(
      typecheckSnippets(new URL('..', import.meta.url), [{ path: 'contacts.ts', text: snippet }]),
    ).toEqual([]);

    // Run as written over a `db` (the snippet's `declare const db`) that answers one row.
    const row = { id: 7, name: 'Claire Lambert', phone: '+32470123456' };
    const db = {
      contactByPhone: vi.fn(async (_account: string, e164: string) => (e164 === row.phone ? row : null)),
      searchContacts: vi.fn(async () => [row]),
    };
    vi.stubGlobal('db', db);
    try {
      const file = join(dir, 'contacts.ts');
      writeFileSync(file, snippet);
      const { contacts } = (await import(/* @vite-ignore */ file)) as { contacts: ContactDirectory };
      const found = await contacts.findByPhone('acme', '+32470123456');
      expect(ContactSchema.parse(found)).toEqual({
        id: '7',
        tenantId: 'acme',
        displayName: 'Claire Lambert',
        phones: [{ number: '+32470123456' }],
      });
      expect(db.contactByPhone).toHaveBeenCalledWith('acme', '+32470123456');
      expect(await contacts.findByPhone('acme', '+32000000000')).toBeNull();
      expect(await contacts.search('acme', 'claire')).toEqual([found]);
      expect(db.searchContacts).toHaveBeenCalledWith('acme', 'claire', 20);
    } finally {
      vi.unstubAllGlobals();
    }
  }, 30_000);

  it('the shutdown order snippet type-checks against the bridge', () => {
    const snippet = fencedBlock(readme, 'js', 'await pool.end();');
    const prelude = `import type { Server } from 'node:http';
import type { CallBridge } from '@callbridge/core';
declare const server: Server;
declare const bridge: CallBridge;
declare const redis: { close(): Promise<void> }; // createRedisPorts() from @callbridge/redis
declare const pool: { end(): Promise<void> }; // a pg Pool
`;
    expect(
      typecheckSnippets(new URL('..', import.meta.url), [
        { path: 'shutdown.ts', text: `${prelude}${snippet}` },
      ]),
    ).toEqual([]);
  }, 30_000);

  it('the enableNodeCrypto snippet switches the process to node:crypto HMACs', async () => {
    const snippet = fencedBlock(readme, 'js', 'enableNodeCrypto();');
    const file = join(dir, 'node-crypto.mjs');
    writeFileSync(file, snippet);
    expect(currentHmacEngine()).not.toBe(nodeHmac);
    try {
      await import(/* @vite-ignore */ file);
      expect(currentHmacEngine()).toBe(nodeHmac);
    } finally {
      setHmacEngine(null);
    }
  });
});
