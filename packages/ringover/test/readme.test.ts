import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  fencedBlock,
  fencedBlocks,
  substitute,
  typecheckSnippets,
} from '../../../scripts/readme-snippets.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ringover-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

const run = promisify(execFile);
const verifySnippet = fencedBlock(readme, 'ts', 'verifyRingoverWebhook(');
const curlSnippet = fencedBlock(readme, 'js', 'node send-webhook.mjs | sh');
const reconcileSnippet = fencedBlock(readme, 'ts', 'provider.reconcile(');
/** What the reconciliation snippet elides with `// ...`: the bridge it runs in. */
const elidedBridge = '// ... createCallBridge({ providers: [provider], ... }); await bridge.start();';

describe('README', () => {
  it('the quick start runs and prints what it promises', async () => {
    const snippet = fencedBlock(readme, 'js', 'createCallBridge(');
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

  it('the verification and reconciliation snippets type-check (their inputs declared)', () => {
    expect(fencedBlocks(readme, 'ts')).toHaveLength(2); // a new block must be added here
    const verify =
      'declare const rawBytes: Uint8Array;\ndeclare const headers: Headers;\ndeclare const url: string;\n' +
      `declare const secrets: { callEvents: string };\n${verifySnippet}\nexport {};\n`;
    // The bridge is declared, and the commented-out alternative (enqueue the job) is checked too.
    const reconcile =
      "import type { CallBridge } from '@callbridge/core';\nimport { ringover } from '@callbridge/ringover';\n" +
      `declare const bridge: CallBridge;\n${substitute(reconcileSnippet, '// or: await', 'await')}\nexport {};\n`;
    expect(
      typecheckSnippets(new URL('..', import.meta.url), [
        { path: 'verify.ts', text: verify },
        { path: 'reconcile.ts', text: reconcile },
      ]),
    ).toEqual([]);
  }, 30_000);

  it('the verification steps verify, parse and normalize a signed webhook', async () => {
    const prelude = `import { ringoverFixtures, signRingoverWebhook } from '@callbridge/ringover/testing';
const body = ringoverFixtures['call/hangup'];
const url = 'https://crm.example/api/v1/webhooks/ringover/acme-hook-key';
const secrets = { callEvents: 'key of the "Call events" block' };
const rawBytes = new TextEncoder().encode(body);
const headers = new Headers(await signRingoverWebhook(body, secrets.callEvents, { url }));
`;
    const file = join(dir, 'verify.ts');
    writeFileSync(file, `${prelude}${verifySnippet}\nexport { parsed };\n`);
    const { parsed } = (await import(/* @vite-ignore */ file)) as {
      parsed: { kind: string; event: { event: string } };
    };
    expect(parsed.kind).toBe('event');
    expect(parsed.event.event).toBe('hangup');
    const { normalizeRingoverEvent } = await import('@callbridge/ringover');
    const events = normalizeRingoverEvent(parsed.event as never, { tenantId: 'acme' });
    expect(events.map((e) => [e.kind, e.sourceRecordId])).toEqual([['ended', '14486597828273463454']]);
  }, 30_000);

  it('reconciliation stores the calls /calls lists (Ringover mocked with its testing handlers)', async () => {
    const { ringoverApiHandlers } = await import('@callbridge/ringover/testing');
    const apiKey = 'acme-rest-key';
    vi.stubEnv('RINGOVER_API_KEY', apiKey);
    const row = {
      cdr_id: 501,
      call_id: '14486597828273463454',
      channel_id: null,
      direction: 'in' as const,
      last_state: 'ANSWERED',
      start_time: '2026-01-02T11:20:00Z',
      answered_time: '2026-01-02T11:20:15Z',
      end_time: '2026-01-02T11:23:07Z',
      incall_duration: 172,
      total_duration: 187,
      from_number: '33612345678',
      to_number: '33187654321',
    };
    const mock = ringoverApiHandlers({ apiKey, calls: [row] });
    const network = setupServer(...mock.handlers);
    network.listen({ onUnhandledRequest: 'error' });
    // Run on 5 January 2026: since 1 January is one 15-day window, not a year of them at 2 requests/s.
    vi.useFakeTimers({ now: new Date('2026-01-05T00:00:00Z'), toFake: ['Date'] });
    const prelude = `import { createCallBridge, MemoryContactDirectory, staticTenants } from '@callbridge/core';
import { ringover } from '@callbridge/ringover';
`;
    const bridge = `const bridge = createCallBridge({
  providers: [provider],
  tenants: staticTenants([{ id: 'acme', key: 'acme-hook-key' }]),
  authenticate: () => null,
  contacts: new MemoryContactDirectory([]),
});
await bridge.start();`;
    const file = join(dir, 'reconcile.ts');
    writeFileSync(
      file,
      `${prelude}${substitute(reconcileSnippet, elidedBridge, bridge)}\nexport { bridge };\n`,
    );
    try {
      const snippet = (await import(/* @vite-ignore */ file)) as {
        bridge: {
          runtime: { interactions: { getBySource(t: string, s: string, id: string): Promise<unknown> } };
          close(): Promise<void>;
        };
      };
      try {
        const call = (await snippet.bridge.runtime.interactions.getBySource(
          'acme',
          'RINGOVER',
          row.call_id,
        )) as {
          metadata: Record<string, unknown>;
        };
        expect(call.metadata).toMatchObject({ callType: 'answered', callerNumber: '+33612345678' });
        expect(mock.log.length).toBeGreaterThan(0);
        expect(mock.log.every((entry) => entry.status === 200 || entry.status === 204)).toBe(true);
      } finally {
        await snippet.bridge.close();
      }
    } finally {
      network.close();
    }
  }, 30_000);

  it('the curl recipe posts a signed webhook that a bridge served on 127.0.0.1 answers 200', async () => {
    const { createCallBridge, MemoryContactDirectory, staticTenants } = await import('@callbridge/core');
    const { ringover } = await import('@callbridge/ringover');
    const key = 'acme call events key';
    const bridge = createCallBridge({
      providers: [ringover()],
      tenants: staticTenants([
        { id: 'acme', key: 'acme-hook-key', providers: { ringover: { secrets: { callEvents: key } } } },
      ]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory([]),
    });
    // bridge.handle behind a plain node:http server, as a user's own server would mount it.
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const response = await bridge.handle(
        new Request(`http://${req.headers.host}${req.url}`, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Under the package's node_modules, so `jose` resolves as it does in a user's project.
    const scripts = join(
      new URL('..', import.meta.url).pathname,
      'node_modules',
      '.cache',
      `readme-${process.pid}`,
    );
    mkdirSync(scripts, { recursive: true });
    try {
      const file = join(scripts, 'send-webhook.mjs');
      writeFileSync(file, curlSnippet);
      const { port } = server.address() as AddressInfo;
      const env = {
        ...process.env,
        WEBHOOK_URL: `http://127.0.0.1:${port}/api/v1/webhooks/ringover/acme-hook-key`,
        RINGOVER_KEY: key,
      };
      const { stdout: command } = await run(process.execPath, [file], { env, timeout: 20_000 });
      expect(command).toMatch(/^curl -i -X POST /);
      const first = await run('sh', ['-c', command], { timeout: 20_000 });
      expect(first.stdout).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(first.stdout).toContain('{"status":"received","events":1}');
      const again = await run('sh', ['-c', command], { timeout: 20_000 });
      expect(again.stdout).toContain('{"status":"duplicate","events":1}');
      const call = await bridge.runtime.interactions.getBySource('acme', 'RINGOVER', '14486597828273463454');
      expect(call?.metadata).toMatchObject({ callerNumber: '+33612345678' });
      // Signed with another key, the same command is refused.
      const { stdout: wrong } = await run(process.execPath, [file], { env: { ...env, RINGOVER_KEY: 'x' } });
      expect((await run('sh', ['-c', wrong])).stdout).toMatch(/^HTTP\/1\.1 401/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await bridge.close();
      rmSync(scripts, { recursive: true, force: true });
    }
  }, 30_000);
});
