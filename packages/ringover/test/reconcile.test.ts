import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RINGOVER_RECONCILE_JOB, ringover } from '../src/index.js';
import {
  FIXTURE_CALL_ID,
  FIXTURE_CHANNEL_ID,
  type MockCallRow,
  ringoverApiHandlers,
  ringoverFixtures,
  signRingoverWebhook,
} from '../src/testing.js';
import { KEYS, makeBridge, post } from './helpers.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API_KEY = 'acme-rest-key';
const OTHER_CALL_ID = '14486597828273463999';
const ROWS: MockCallRow[] = [
  {
    cdr_id: 501,
    call_id: FIXTURE_CALL_ID,
    channel_id: FIXTURE_CHANNEL_ID,
    direction: 'in',
    last_state: 'ANSWERED',
    start_time: '2025-12-31T11:20:00.40Z',
    answered_time: '2025-12-31T11:20:15.73Z',
    end_time: '2025-12-31T11:23:07.73Z',
    incall_duration: 172,
    total_duration: 187,
    from_number: '33612345678',
    to_number: '33187654321',
    record: 'https://cdn.ringover.com/records/3f0c9a4e.mp3',
  },
  {
    cdr_id: 502,
    call_id: OTHER_CALL_ID,
    channel_id: '16390226718014117000',
    direction: 'in',
    last_state: 'MISSED',
    start_time: '2025-12-31T11:40:00Z',
    end_time: '2025-12-31T11:40:30Z',
    total_duration: 30,
    from_number: '33699887766',
    to_number: '33187654321',
  },
];

function setup() {
  const mock = ringoverApiHandlers({ apiKey: API_KEY, calls: ROWS });
  server.use(...mock.handlers);
  const provider = ringover({ apiKey: API_KEY });
  const { bridge, stores } = makeBridge({ provider });
  const all = () => stores.interactions.list('acme', {}, { limit: 100 }).then((p) => p.items);
  return { mock, provider, bridge, stores, all };
}

const hangup = ringoverFixtures['call/hangup'];

describe('reconciliation with the REST API', () => {
  it('webhook first, then reconcile: one record per call, the webhook delivery is a duplicate', async () => {
    const { provider, bridge, all } = setup();
    expect((await post(bridge, hangup, await signRingoverWebhook(hangup, KEYS.callEvents))).status).toBe(200);
    await bridge.start();
    const result = await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
    expect(result).toMatchObject({ fetched: 2, stored: 1, duplicates: 1 });
    const items = await all();
    expect(items.map((i) => i.sourceRecordId).sort()).toEqual([FIXTURE_CALL_ID, OTHER_CALL_ID]);
    const missed = items.find((i) => i.sourceRecordId === OTHER_CALL_ID)!;
    expect(missed.metadata).toMatchObject({
      callType: 'missed',
      callerNumber: '+33699887766',
      sessionId: '16390226718014117000',
    });
    await bridge.close();
  });

  it('webhook first, then reconcile of /calls rows without channel_id: the webhook delivery is a duplicate', async () => {
    const rows = ROWS.map((row) => ({ ...row, channel_id: null }));
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: rows }).handlers);
    const provider = ringover({ apiKey: API_KEY });
    const { bridge, stores } = makeBridge({ provider });
    expect((await post(bridge, hangup, await signRingoverWebhook(hangup, KEYS.callEvents))).status).toBe(200);
    await bridge.start();
    const result = await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
    expect(result).toMatchObject({ fetched: 2, stored: 1, duplicates: 1 });
    const items = await stores.interactions.list('acme', {}, { limit: 100 }).then((p) => p.items);
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.sourceRecordId === FIXTURE_CALL_ID)!.metadata.sessionId).toBe(
      FIXTURE_CHANNEL_ID,
    );
    await bridge.close();
  });

  it('reconcile first, then the late webhook: still one record, the webhook is a duplicate', async () => {
    const { provider, bridge, all } = setup();
    await bridge.start();
    await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
    const res = await post(bridge, hangup, await signRingoverWebhook(hangup, KEYS.callEvents));
    expect(await res.json()).toMatchObject({ status: 'duplicate' });
    const items = await all();
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.sourceRecordId === FIXTURE_CALL_ID)!.metadata).toMatchObject({
      callType: 'answered',
      durationSeconds: 172,
    });
    await bridge.close();
  });

  it('a call transferred after no answer is the answered call it became, whatever the row order', async () => {
    // A transfer gives one /calls row per leg, sharing call_id (reference/ringover.md §4).
    const leg = (row: Partial<MockCallRow>): MockCallRow => ({
      cdr_id: 0,
      call_id: OTHER_CALL_ID,
      channel_id: null,
      direction: 'in',
      last_state: 'ANSWERED',
      start_time: '2025-12-31T11:40:00Z',
      from_number: '33699887766',
      to_number: '33187654321',
      ...row,
    });
    const unanswered = leg({
      cdr_id: 601,
      last_state: 'NOANSWER_TRANSFERED',
      end_time: '2025-12-31T11:40:20Z',
      total_duration: 20,
      user: { user_id: 1, firstname: 'Lea', lastname: 'Martin' },
    });
    const answered = leg({
      cdr_id: 602,
      answered_time: '2025-12-31T11:40:25Z',
      end_time: '2025-12-31T11:43:00Z',
      incall_duration: 155,
      total_duration: 180,
      user: { user_id: 2, firstname: 'Tom', lastname: 'Petit' },
    });
    for (const calls of [
      [unanswered, answered],
      [answered, unanswered],
    ]) {
      server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls }).handlers);
      const provider = ringover({ apiKey: API_KEY });
      const { bridge, stores } = makeBridge({ provider });
      await bridge.start();
      await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
      const record = await stores.interactions.getBySource('acme', 'RINGOVER', OTHER_CALL_ID);
      expect(record!.metadata).toMatchObject({
        callType: 'answered',
        callState: 'ended',
        durationSeconds: 155,
        answeredAt: '2025-12-31T11:40:25.000Z',
        endedAt: '2025-12-31T11:43:00.000Z',
        agent: { id: '2', name: 'Tom Petit' },
      });
      expect(record!.title).toBe('Inbound call - +33 6 99 88 77 66');
      await bridge.close();
    }
  });

  it('resumes from the checkpoint and runs as the ringover.reconcile job', async () => {
    const { mock, provider, bridge, all } = setup();
    await bridge.start();
    const first = await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
    const firstRequests = mock.log.length;
    // Without `since`, the next run reads calls started 2 h (overlap) + 8 h (longest call) before
    // where the last one stopped: a call still running then is listed only once it has ended.
    const second = await provider.reconcile({ tenantId: 'acme', until: Date.parse(first.until) + 3_600_000 });
    const secondRequests = mock.log.length - firstRequests;
    expect(mock.log[firstRequests]!.url.searchParams.get('start_date')).toBe(
      new Date(Date.parse(first.until) - 10 * 3_600_000).toISOString(),
    );
    expect(second.stored).toBe(0);
    await bridge.runtime.jobs.enqueue(RINGOVER_RECONCILE_JOB, {
      tenantId: 'acme',
      since: '2025-12-31T00:00:00Z',
    });
    await vi.waitFor(() => expect(mock.log).toHaveLength(2 * firstRequests + secondRequests), {
      timeout: 3000,
    });
    expect(await all()).toHaveLength(2);
    await bridge.close();
  });

  it("downloads private recordings with the tenant's API key, on Ringover hosts only", async () => {
    const seen: Array<string | null> = [];
    server.use(
      http.get('https://media.ringover.com/private/r.mp3', ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return new HttpResponse('mp3');
      }),
      http.get('https://cdn.example.net/r.mp3', ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return new HttpResponse('mp3');
      }),
    );
    const { bridge } = setup();
    await bridge.start();
    const fetcher = bridge.runtime.recordingFetchers?.get('ringover');
    expect(fetcher).toBeDefined();
    const context = { tenantId: 'acme', source: 'RINGOVER' as const, sourceRecordId: '1', recordingId: null };
    await fetcher!('https://media.ringover.com/private/r.mp3', {}, context);
    await fetcher!('https://cdn.example.net/r.mp3', {}, context);
    expect(seen).toEqual([API_KEY, null]);
    await bridge.close();
  });

  it('needs an API key', async () => {
    const { bridge } = makeBridge({ provider: ringover() });
    await bridge.start();
    const provider = bridge.runtime.providers.get('ringover') as ReturnType<typeof ringover>;
    await expect(provider.reconcile({ tenantId: 'acme' })).rejects.toMatchObject({
      code: 'secret_not_configured',
    });
    await bridge.close();
  });
});
