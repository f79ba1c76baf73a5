import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fencedBlock, fencedBlocks, typecheckSnippets } from '../../../scripts/readme-snippets.js';

// The README's snippets run as written and type-check against the built types.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = fencedBlock(readme, 'ts', "'Validation-Token': 'hello'");
const testingKit = fencedBlock(readme, 'ts', 'createRingCentralMock(');
const dir = mkdtempSync(join(tmpdir(), 'ringcentral-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function importSnippet(name: string, code: string): Promise<Record<string, unknown>> {
  const file = join(dir, name);
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
}

describe('README', () => {
  it('every ts snippet type-checks', () => {
    expect(fencedBlocks(readme, 'ts')).toHaveLength(2); // a new block must be added here
    const files = [
      { path: 'quick-start.ts', text: `${quickStart}\nexport {};\n` },
      { path: 'testing.ts', text: `${testingKit}\nexport {};\n` },
    ];
    expect(typecheckSnippets(new URL('..', import.meta.url), files)).toEqual([]);
  }, 30_000);

  it('the quick start answers the validation handshake without calling RingCentral', async () => {
    // No credentials and no webhookAddress in the environment: the snippet's defaults apply.
    for (const name of ['RC_CLIENT_ID', 'RC_CLIENT_SECRET', 'RC_JWT', 'RC_ACCOUNT_ID'])
      vi.stubEnv(name, undefined);
    for (const name of ['RC_VERIFICATION_TOKEN', 'RC_WEBHOOK_ADDRESS']) vi.stubEnv(name, undefined);
    const network = setupServer(); // any HTTP request the snippet made would fail the test
    network.listen({ onUnhandledRequest: 'error' });
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    try {
      await importSnippet('quick-start.ts', quickStart);
    } finally {
      network.close();
    }
    expect(printed).toEqual([[200, 'hello']]);
    expect(quickStart).toContain('// 200 hello');
  }, 30_000);

  it('the testing kit snippet starts the mock platform with the state the comment names', async () => {
    const { mock, server } = (await importSnippet(
      'testing.ts',
      `${testingKit}\nexport { mock, server };\n`,
    )) as {
      mock: {
        handlers: unknown[];
        state: {
          tokenRequests: unknown[];
          subscriptions: Map<string, unknown>;
          callLogRequests: unknown[];
          blacklist: unknown;
          revokeAllTokens: unknown;
        };
      };
      server: { close(): void };
    };
    try {
      expect(mock.handlers.length).toBeGreaterThan(0);
      expect(mock.state.tokenRequests).toEqual([]);
      expect(mock.state.subscriptions.size).toBe(0);
      expect(mock.state.callLogRequests).toEqual([]);
      expect(typeof mock.state.blacklist).toBe('function');
      expect(typeof mock.state.revokeAllTokens).toBe('function');
    } finally {
      server.close();
    }
  });
});
