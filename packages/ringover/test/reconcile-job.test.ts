import {
  createCallBridge,
  createMemoryStores,
  type Logger,
  MemoryContactDirectory,
  staticTenants,
  type Tenant,
} from '@callbridge/core';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  RINGOVER_API_HOSTS,
  RINGOVER_RECONCILE_JOB,
  type RingoverProviderOptions,
  ringover,
} from '../src/index.js';
import { type MockCallRow, ringoverApiHandlers } from '../src/testing.js';
import { KEYS, NOW } from './helpers.js';

// The `ringover.reconcile` job: one tenant that cannot be reconciled must not stop the others, a
// job that covers no tenant says how to fix it, and closing the bridge stops a running job.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API_KEY = 'acme-rest-key-secret';
const ROW: MockCallRow = {
  cdr_id: 501,
  call_id: '14486597828273463454',
  channel_id: null,
  direction: 'in',
  last_state: 'MISSED',
  start_time: '2025-12-31T11:40:00Z',
  end_time: '2025-12-31T11:40:30Z',
  from_number: '33699887766',
  to_number: '33187654321',
};
const TENANTS: Tenant[] = [
  // No API key anywhere: `secret_not_configured`.
  { id: 'broken', key: 'k-broken', providers: { ringover: { secrets: KEYS } } },
  { id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS, apiKey: API_KEY } } },
];

function setup(options: RingoverProviderOptions) {
  const lines: string[] = [];
  const log = (message: string, fields?: Record<string, unknown>) =>
    lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  const provider = ringover(options);
  const stores = createMemoryStores({ now: () => NOW });
  const bridge = createCallBridge({
    providers: [provider],
    tenants: staticTenants(TENANTS),
    authenticate: () => null,
    contacts: new MemoryContactDirectory([]),
    stores,
    background: false,
    now: () => NOW,
    logger,
  });
  return { bridge, stores, lines };
}

describe('the ringover.reconcile job', () => {
  it('reconciles the other tenants when one fails, and logs that one', async () => {
    const mock = ringoverApiHandlers({ apiKey: API_KEY, calls: [ROW] });
    server.use(...mock.handlers);
    const { bridge, stores, lines } = setup({ reconcile: { tenants: async () => TENANTS } });
    await bridge.start();
    await bridge.runtime.jobs.enqueue(RINGOVER_RECONCILE_JOB, { since: '2025-12-31T00:00:00Z' });
    await vi.waitFor(
      async () =>
        expect(await stores.interactions.getBySource('acme', 'RINGOVER', ROW.call_id)).not.toBeNull(),
      { timeout: 3000 },
    );
    await vi.waitFor(() =>
      expect(lines.join('\n')).toMatch(/reconciliation failed.*broken.*secret_not_configured/),
    );
    expect(lines.join('\n')).not.toContain(API_KEY);
    await bridge.close();
  });

  it('warns, saying how to fix it, when enqueued without a tenant and without reconcile.tenants', async () => {
    const { bridge, lines } = setup({});
    await bridge.start();
    await bridge.runtime.jobs.enqueue(RINGOVER_RECONCILE_JOB, {});
    await vi.waitFor(() => expect(lines.join('\n')).toContain('reconcile.tenants'), { timeout: 3000 });
    await bridge.close();
  });

  it('stops a running reconciliation when the bridge closes', async () => {
    let hits = 0;
    server.use(
      http.get(`${RINGOVER_API_HOSTS.eu}/calls`, async () => {
        hits += 1;
        await delay('infinite');
        return HttpResponse.json({ call_list: [] });
      }),
    );
    const { bridge } = setup({ rest: { timeoutMs: 60_000 } });
    await bridge.start();
    await bridge.runtime.jobs.enqueue(RINGOVER_RECONCILE_JOB, { tenantId: 'acme' });
    await vi.waitFor(() => expect(hits).toBe(1), { timeout: 3000 });
    const started = performance.now();
    await bridge.close();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
