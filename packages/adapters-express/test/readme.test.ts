import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fencedBlock, substitute, typecheckSnippets } from '../../../scripts/readme-snippets.js';

// The README's snippets run here as written, except for the one substitution each test names: the
// server listens on 127.0.0.1, port 0 (not 3000), and what the test must reach or close is exported.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'express-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Served {
  server: Server;
  bridge: { close(): Promise<void> };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const close of closers.splice(0).reverse()) await close();
});

/** Imports `code` as an ES module and closes its server and bridge after the test. */
async function run(name: string, code: string): Promise<Served & { get: typeof fetch }> {
  const file = join(dir, name);
  writeFileSync(file, code);
  const served = (await import(/* @vite-ignore */ file)) as Served;
  closers.push(() => served.bridge.close());
  closers.push(async () => {
    served.server.closeAllConnections();
    if (served.server.listening) await new Promise((resolve) => served.server.close(resolve));
  });
  if (!served.server.listening) await once(served.server, 'listening');
  const { port } = served.server.address() as AddressInfo;
  return { ...served, get: (path, init) => fetch(`http://127.0.0.1:${port}${path as string}`, init) };
}

/** The README's Express bridge, for the snippets that use a `bridge` declared elsewhere. */
const bridgePrelude = `
import { createCallBridge, MemoryContactDirectory, staticTenants } from '@callbridge/core';
const bridge = createCallBridge({
  providers: [],
  tenants: staticTenants([{ id: 'acme', key: 'acme-webhook-key' }]),
  authenticate: (request) =>
    request.headers.get('authorization') === 'Bearer demo' ? { tenantId: 'acme', userId: 'u1' } : null,
  contacts: new MemoryContactDirectory([]),
});
export { bridge };
`;
const demo = { headers: { authorization: 'Bearer demo' } };

/**
 * The status lines a webhook announcing 2 MiB with `Expect: 100-continue` gets within 300 ms of
 * silence (no body sent). The README's bridge has no provider: its answer is a 404.
 */
function expectContinueLines(server: Server): Promise<string[]> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(out.match(/^HTTP\/1\.1 \d{3}/gm) ?? []);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, 300);
    };
    socket.on('data', (d) => {
      out += d.toString('latin1');
      arm();
    });
    socket.on('error', finish);
    socket.write(
      `POST /api/v1/webhooks/ringover/acme-webhook-key HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`,
    );
    arm();
  });
}

/** POSTs JSON with `Expect: 100-continue`, writing the body on 'continue' only (2 s at most). */
function postExpectingContinue(server: Server, path: string, body: string) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ continued: boolean; body: string }>((resolve, reject) => {
    const headers = {
      'content-type': 'application/json',
      expect: '100-continue',
      'content-length': body.length,
    };
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers });
    let continued = false;
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ continued, body: 'no answer within 2 s' });
    }, 2000);
    req.on('continue', () => {
      continued = true;
      req.end(body);
    });
    req.on('response', async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      clearTimeout(timer);
      resolve({ continued, body: text });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

describe('README', () => {
  it('the Express server answers 200 with the bearer token, 401 without, and /health falls through', async () => {
    const snippet = fencedBlock(readme, 'js', 'createCallbridgeRouter(bridge)');
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    const { get } = await run(
      'server.mjs',
      `${substitute(snippet, 'app.listen(3000,', "export const server = app.listen(0, '127.0.0.1',")}\nexport { bridge };\n`,
    );
    expect(lines).toEqual(['http://localhost:3000/api/v1/calls']);

    const calls = await get('/api/v1/calls', demo);
    expect(calls.status).toBe(200);
    expect(await calls.json()).toEqual({ items: [], nextCursor: null });
    const anonymous = await get('/api/v1/calls');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).code).toBe('unauthenticated');
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  }, 30_000);

  it('the plain node:http listener serves the bridge and answers problem+json 404 outside basePath', async () => {
    const snippet = fencedBlock(readme, 'js', 'createNodeListener(bridge)');
    const code = substitute(
      snippet,
      'server.listen(3000);',
      "server.listen(0, '127.0.0.1');\nexport { server };",
    );

    const { get, server } = await run('node-http.mjs', `${bridgePrelude}${code}`);

    expect((await get('/api/v1/calls', demo)).status).toBe(200);
    const outside = await get('/health');
    expect(outside.status).toBe(404);
    expect(outside.headers.get('content-type')).toContain('application/problem+json');
    // As the checkContinue listener: answered before any of the body is sent, no 100 Continue.
    expect(await expectContinueLines(server)).toEqual(['HTTP/1.1 404']);
  }, 30_000);

  it('the Express app as the checkContinue listener answers a webhook it will not read without 100 Continue', async () => {
    const snippet = fencedBlock(readme, 'js', "server.on('checkContinue', app)");
    const { server } = await run(
      'continue.mjs',
      `import express from 'express';\nimport { createCallbridgeRouter } from '@callbridge/express';\n${bridgePrelude}` +
        'const app = express();\napp.use(createCallbridgeRouter(bridge));\n' +
        "app.post('/echo', express.json(), (req, res) => res.json(req.body));\n" +
        `${substitute(snippet, 'app.listen(3000)', "app.listen(0, '127.0.0.1')")}\nexport { server };\n`,
    );
    expect(await expectContinueLines(server)).toEqual(['HTTP/1.1 404']);
    // A request outside basePath gets 100 Continue as it falls through: express.json() reads it.
    expect(await postExpectingContinue(server, '/echo', '{"a":1}')).toEqual({
      continued: true,
      body: '{"a":1}',
    });
  }, 30_000);

  it('the SIGTERM handler closes the server and ends the open SSE streams', async () => {
    const snippet = fencedBlock(readme, 'js', "process.once('SIGTERM'");
    const before = new Set(process.listeners('SIGTERM'));
    const { get, server } = await run(
      'shutdown.mjs',
      `import express from 'express';\nimport { createCallbridgeRouter } from '@callbridge/express';\n${bridgePrelude}` +
        'const app = express();\napp.use(createCallbridgeRouter(bridge));\n' +
        `${substitute(snippet, 'app.listen(3000)', "app.listen(0, '127.0.0.1')")}\nexport { server };\n`,
    );
    // The snippet's handler, called directly: a real SIGTERM would reach the test runner too.
    const added = process.listeners('SIGTERM').filter((listener) => !before.has(listener));
    expect(added).toHaveLength(1);
    const onSigterm = added[0] as () => Promise<void>;
    process.removeListener('SIGTERM', onSigterm);

    const stream = await get('/api/v1/events/stream', demo);
    expect(stream.status).toBe(200);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // the stream is open
    const closed = once(server, 'close');
    await onSigterm();
    // server.close() completes only once no connection is left open, the SSE stream included.
    const timeout = sleep(5000, 'timeout', { ref: false });
    expect(await Promise.race([closed.then(() => 'closed'), timeout])).toBe('closed');
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(server.listening).toBe(false);
  }, 30_000);

  // The snippet must compile in a strict project as written: with plain @types/express (no
  // `user` on Request) and with @types/passport's `Express.User` augmentation alike.
  const passportTypes = `declare global {
  namespace Express {
    interface User { id: string; tenantId: string; displayName: string }
    interface Request { user?: User }
  }
}
`;
  it.each([
    ['plain @types/express', ''],
    ['@types/passport', passportTypes],
  ])(
    'the session snippet type-checks with %s (the elided options and middleware declared)',
    (_, types) => {
      const snippet = fencedBlock(readme, 'ts', 'nodeRequestOf<');
      // What the README leaves to the app (express-session and passport are not installed here).
      const prelude = `import type { CallBridgeConfig } from '@callbridge/core';
${types}declare const rest: Omit<CallBridgeConfig, 'authenticate'>;
declare const app: import('express').Express;
declare const session: (options?: unknown) => import('express').RequestHandler;
declare const passport: { session(): import('express').RequestHandler };
`;
      const code = substitute(
        snippet,
        '// ...providers, tenants, contacts',
        '...rest, // providers, tenants, contacts',
      );
      expect(
        typecheckSnippets(new URL('..', import.meta.url), [
          { path: 'session.ts', text: `${prelude}${code}\nexport {};\n` },
        ]),
      ).toEqual([]);
    },
    30_000,
  );
});
