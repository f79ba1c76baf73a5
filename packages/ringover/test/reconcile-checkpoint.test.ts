import {
  createCallBridge,
  createMemoryStores,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { ringoverApiHandlers } from '../src/testing.js';
import { makeBridge, NOW } from './helpers.js';

// A run over an explicit past range (a backfill) must not move the resume point of the regular
// runs back: the next run without `since` would read everything from there again.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API_KEY = 'acme-rest-key';
const HOUR = 3_600_000;

describe('reconciliation checkpoint', () => {
  it('a backfill of an older range leaves the resume point where the regular runs put it', async () => {
    const mock = ringoverApiHandlers({ apiKey: API_KEY, calls: [] });
    server.use(...mock.handlers);
    const provider = ringover({ apiKey: API_KEY, rest: { requestsPerSecond: 1000 } });
    const { bridge, stores } = makeBridge({ provider });
    await bridge.start();
    const regular = await provider.reconcile({ tenantId: 'acme' });
    await provider.reconcile({
      tenantId: 'acme',
      since: '2025-01-01T00:00:00Z',
      until: '2025-01-10T00:00:00Z',
    });
    expect(await stores.checkpoints.get('ringover:reconcile:acme')).toEqual({ until: regular.until });
    // The next regular run resumes from there, not from the backfill's end.
    mock.log.length = 0;
    await provider.reconcile({ tenantId: 'acme' });
    expect(mock.log[0]!.url.searchParams.get('start_date')).toBe(
      new Date(Date.parse(regular.until) - 10 * HOUR).toISOString(),
    );
    await bridge.close();
  });

  it('a run with `since` up to now still moves the resume point forward', async () => {
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [] }).handlers);
    const provider = ringover({ apiKey: API_KEY, rest: { requestsPerSecond: 1000 } });
    const { bridge, stores } = makeBridge({ provider });
    await bridge.start();
    const run = await provider.reconcile({ tenantId: 'acme', since: '2025-12-30T00:00:00Z' });
    expect(await stores.checkpoints.get('ringover:reconcile:acme')).toEqual({ until: run.until });
    await bridge.close();
  });

  it('a resume point later than now (the clock was ahead, then set right) does not stop reconciliation', async () => {
    // Left as it is, every run would read from a time to come (nothing) and keep the bad point.
    const mock = ringoverApiHandlers({ apiKey: API_KEY, calls: [] });
    server.use(...mock.handlers);
    const warned: string[] = [];
    const provider = ringover({ apiKey: API_KEY, rest: { requestsPerSecond: 1000 } });
    const stores = createMemoryStores({ now: () => NOW });
    const bridge = createCallBridge({
      providers: [provider],
      tenants: staticTenants([{ id: 'acme', key: 'k-acme' }]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory([]),
      stores,
      background: false,
      now: () => NOW,
      logger: { debug() {}, info() {}, error() {}, warn: (message: string) => warned.push(message) },
    });
    await bridge.start();
    const ahead = new Date(NOW + 400 * 24 * HOUR).toISOString();
    await stores.checkpoints.set('ringover:reconcile:acme', { until: ahead });
    const run = await provider.reconcile({ tenantId: 'acme' });
    expect(mock.log[0]!.url.searchParams.get('start_date')).toBe(new Date(NOW - 10 * HOUR).toISOString());
    expect(await stores.checkpoints.get('ringover:reconcile:acme')).toEqual({ until: run.until });
    expect(warned).toContainEqual(expect.stringContaining('resume point'));
    // A backfill of an older range still leaves the (now right) resume point alone.
    await provider.reconcile({
      tenantId: 'acme',
      since: '2025-01-01T00:00:00Z',
      until: '2025-01-10T00:00:00Z',
    });
    expect(await stores.checkpoints.get('ringover:reconcile:acme')).toEqual({ until: run.until });
    await bridge.close();
  });

  it('a run given an `until` to come stores now as the resume point, not that time', async () => {
    // No call has started after now: the next run resumes from now, without warning of a clock.
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [] }).handlers);
    const provider = ringover({ apiKey: API_KEY, rest: { requestsPerSecond: 1000 } });
    const { bridge, stores } = makeBridge({ provider });
    await bridge.start();
    await provider.reconcile({
      tenantId: 'acme',
      since: '2025-12-30T00:00:00Z',
      until: '2030-01-01T00:00:00Z',
    });
    expect(await stores.checkpoints.get('ringover:reconcile:acme')).toEqual({
      until: new Date(NOW).toISOString(),
    });
    await bridge.close();
  });
});
