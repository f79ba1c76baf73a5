import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fencedBlock, typecheckSnippets } from '../../../scripts/readme-snippets.js';

// The README's two files, laid out as in a Next.js app (each block starts with its path), are
// type-checked against the built types and run as written: the route's handlers answer a Request
// the way `next dev` would hand it to them.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const bridgeFile = fencedBlock(readme, 'ts', '// lib/bridge.ts\n');
const routeFile = fencedBlock(readme, 'ts', '// app/api/callbridge/[...path]/route.ts');
const byHandFile = fencedBlock(readme, 'ts', '// lib/bridge.ts, by hand');
const files = [
  { path: 'lib/bridge.ts', text: bridgeFile },
  { path: 'app/api/callbridge/[...path]/route.ts', text: routeFile },
];
const dir = mkdtempSync(join(tmpdir(), 'next-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RouteModule {
  dynamic: string;
  runtime: string;
  GET: (request: Request) => Promise<Response>;
  POST: (request: Request) => Promise<Response>;
}

describe('README', () => {
  it('lib/bridge.ts and the route file type-check together', () => {
    expect(typecheckSnippets(new URL('..', import.meta.url), files)).toEqual([]);
  }, 30_000);

  it('the by-hand lib/bridge.ts type-checks with the route file', () => {
    const byHand = [{ path: 'lib/bridge.ts', text: byHandFile }, files[1]!];
    expect(typecheckSnippets(new URL('..', import.meta.url), byHand)).toEqual([]);
  }, 30_000);

  it('the route lists calls with the bearer token and serves the SSE stream', async () => {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const route = (await import(/* @vite-ignore */ join(dir, files[1]!.path))) as RouteModule;
    const { bridge } = (await import(/* @vite-ignore */ join(dir, files[0]!.path))) as {
      bridge: { close(): Promise<void> };
    };
    // Another evaluation of lib/bridge.ts (as a page's bundle or a hot reload makes) gets the same bridge.
    const again = (await import(/* @vite-ignore */ `${join(dir, files[0]!.path)}?page`)) as {
      bridge: unknown;
    };
    try {
      expect(again.bridge).toBe(bridge);
      expect(route.dynamic).toBe('force-dynamic');
      expect(route.runtime).toBe('nodejs');
      const auth = { headers: { authorization: 'Bearer demo' } };

      // curl -H 'authorization: Bearer demo' localhost:3000/api/callbridge/calls
      const calls = await route.GET(new Request('http://localhost:3000/api/callbridge/calls', auth));
      expect(calls.status).toBe(200);
      expect(await calls.json()).toEqual({ items: [], nextCursor: null });
      expect((await route.GET(new Request('http://localhost:3000/api/callbridge/calls'))).status).toBe(401);

      const stream = await route.GET(new Request('http://localhost:3000/api/callbridge/events/stream', auth));
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      await stream.body?.cancel();
    } finally {
      await bridge.close();
    }
  }, 30_000);
});
