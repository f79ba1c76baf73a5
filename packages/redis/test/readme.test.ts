import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fencedBlock, substitute, typecheckSnippets } from '../../../scripts/readme-snippets.js';
import { pgUrl } from './instances.js';
import { deletePrefix, redisUrl, testClient, uniquePrefix } from './support.js';

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

const bridgeSnippet = fencedBlock(readme, 'ts', 'createCallBridge({');
/** The line standing for the options every bridge has, elided by the README. */
const elided = '// providers, tenants, authenticate, contacts: as usual';

describe('README bridge snippet', () => {
  it('type-checks, with the options it elides declared', () => {
    const quickStart = blocks.find((b) => b.includes("prefix: 'readme-demo:'"));
    expect(blocks).toHaveLength(2); // a new block must be added here
    const prelude =
      "import type { CallBridgeConfig } from '@callbridge/core';\n" +
      "declare const usual: Omit<CallBridgeConfig, 'stores'>;\n";
    const files = [
      { path: 'quick-start.ts', text: `${quickStart}\nexport {};\n` },
      {
        path: 'bridge.ts',
        text: `${prelude}${substitute(bridgeSnippet, elided, `...usual, ${elided}`)}\nexport {};\n`,
      },
    ];
    expect(typecheckSnippets(new URL('..', import.meta.url), files)).toEqual([]);
  }, 30_000);

  // Run as written on the test servers, with two substitutions: the elided options are filled in,
  // and the Redis ports get a prefix of their own (the default `callbridge:` is shared). Postgres
  // gets a database of its own (the snippet uses the default schema), named by DATABASE_URL.
  it.skipIf(!redisUrl || !pgUrl)(
    'stores records in Postgres and claims deliveries in Redis',
    async () => {
      const database = `cbt_readme_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const prefix = uniquePrefix('readme-bridge');
      const admin = new pg.Pool({ connectionString: pgUrl, max: 1 });
      await admin.query(`CREATE DATABASE "${database}"`);
      const redisAdmin = testClient();
      try {
        const url = new URL(pgUrl!);
        url.pathname = `/${database}`;
        vi.stubEnv('DATABASE_URL', url.href);
        vi.stubEnv('REDIS_URL', redisUrl);
        let code = substitute(
          bridgeSnippet,
          elided,
          "providers: [],\n  tenants: staticTenants([{ id: 'acme', key: 'acme-key' }]),\n" +
            '  authenticate: () => null,\n  contacts: new MemoryContactDirectory([]),',
        );
        code = substitute(
          code,
          '{ url: process.env.REDIS_URL }',
          `{ url: process.env.REDIS_URL, prefix: '${prefix}' }`,
        );
        const file = join(mkdtempSync(join(tmpdir(), 'callbridge-redis-readme-')), 'bridge.ts');
        writeFileSync(
          file,
          "import { MemoryContactDirectory, staticTenants } from '@callbridge/core';\n" +
            `${code}\nexport { bridge, pool, postgres, redis };\n`,
        );
        const snippet = (await import(/* @vite-ignore */ file)) as {
          bridge: import('@callbridge/core').CallBridge;
          pool: pg.Pool;
          postgres: import('@callbridge/postgres').PostgresStores;
          redis: { close(): Promise<void> };
        };
        try {
          const { makeCallEvent } = await import('@callbridge/core/testing');
          const event = makeCallEvent({ tenantId: 'acme', sourceRecordId: '12345678901234567890' });
          expect((await snippet.bridge.ingest(event)).status).toBe('stored');
          expect((await snippet.bridge.ingest(event)).status).toBe('duplicate');
          const stored = await snippet.postgres.interactions.getBySource(
            'acme',
            'RINGOVER',
            '12345678901234567890',
          );
          expect(stored?.metadata.callType).toBe('ringing');
          expect((await snippet.postgres.eventLog.readAfter('acme', '0', 10)).events).toHaveLength(1);
          expect(await redisAdmin.keys(`${prefix}dedupe:*`)).toHaveLength(1);
        } finally {
          // The order the snippet's last comment gives.
          await snippet.bridge.close();
          await snippet.redis.close();
          await snippet.pool.end();
        }
      } finally {
        await deletePrefix(redisAdmin, prefix);
        await redisAdmin.quit();
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      }
    },
    30_000,
  );
});
