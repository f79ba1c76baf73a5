import { createHmac } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient, ringover } from '../src/index.js';
import { FIXTURE_CALL_ID, ringoverFixtures, signRingoverWebhook } from '../src/testing.js';
import { KEYS, makeBridge, post } from './helpers.js';

// Times and durations a JS Date cannot hold (beyond ±8.64e15 ms) in a body that is well signed:
// the answer is a 400 that names the field, or the call stored without that time, never a 500
// (which Ringover would retry forever) from `toISOString()` throwing.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const HANGUP = ringoverFixtures['call/hangup'];

describe('times out of the Date range', () => {
  it.each([
    ['the envelope timestamp (a safe integer)', '"timestamp":1767180187.9', '"timestamp":9000000000000000'],
    ['the envelope timestamp (1e300)', '"timestamp":1767180187.9', '"timestamp":1e300'],
    ['the hangup time (20 digits)', '"hangup_time":1767180187.733', '"hangup_time":99999999999999999999'],
  ])('%s: 400 malformed_body naming the field', async (_name, field, replacement) => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    expect(HANGUP).toContain(field);
    const body = HANGUP.replace(field, replacement);
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents));
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('malformed_body');
    expect(problem.detail).toContain(field.slice(1, field.indexOf('"', 1)));
    expect(await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID)).toBeNull();
  });

  it('a hangup whose duration puts its estimated answer out of range is stored, answered at its start', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const body = HANGUP.replace('"duration_in_seconds":172', '"duration_in_seconds":1e300');
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents));
    expect(res.status).toBe(200);
    const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
    expect(record!.metadata).toMatchObject({
      answeredAt: '2025-12-31T11:20:00.401Z',
      endedAt: '2025-12-31T11:23:07.733Z',
    });
    // Without a start time, the estimate has nothing to hold on to and is left out.
    const { bridge: other, stores: otherStores } = makeBridge({ provider: ringover() });
    const noStart = body
      .replace('"start_time":1767180000.401122,', '')
      .replace(/"start_date_time_atom":"[^"]*",/, '');
    const second = await post(other, noStart, await signRingoverWebhook(noStart, KEYS.callEvents));
    expect(second.status).toBe(200);
    const bare = await otherStores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
    expect(bare!.metadata).toMatchObject({ answeredAt: null, endedAt: '2025-12-31T11:23:07.733Z' });
  });

  it('a seed-format call whose duration ends it out of range is a 400, not a 500', async () => {
    const { bridge } = makeBridge({
      provider: ringover(),
      tenants: [
        { id: 't1', key: 'k1', providers: { ringover: { compat: { enabled: true, secrets: 's' } } } },
      ],
    });
    const body =
      '{"call_id":"c-1","call_type":"answered","caller_number":"+32470123456","direction":"inbound","duration_seconds":1e300,"started_at":"2026-02-17T10:30:00Z"}';
    const signature = createHmac('sha256', 's').update(body).digest('hex');
    const res = await post(bridge, body, { 'x-ringover-signature': signature }, '/k1');
    expect(res.status).toBe(400);
  });

  it('a /calls row with such a time is skipped and logged, naming the field', async () => {
    server.use(
      http.get('https://public-api.ringover.com/v2/calls', () =>
        HttpResponse.json({ call_list: [{ cdr_id: 1, call_id: '1', start_time: 1e300 }] }),
      ),
    );
    const warned: unknown[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (_m: string, f?: unknown) => warned.push(f) };
    const client = new RingoverClient({ apiKey: 'k', sleep: async () => {}, logger });
    await expect(client.listCalls()).resolves.toMatchObject({ call_list: [] });
    expect(warned).toEqual([{ cdrId: '1', problems: expect.stringContaining('start_time') }]);
  });
});
