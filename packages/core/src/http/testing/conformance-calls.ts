import { assert, assertEqual, expectProblem } from './assert.js';
import type { ConformanceContext, SuiteApi } from './harness.js';
import { SseReader } from './sse-reader.js';

type Ctx = () => ConformanceContext;
interface Page {
  items: Array<{
    id: string;
    tenantId: string;
    sourceRecordId: string;
    metadata: { direction: string } & Record<string, unknown>;
  }>;
  nextCursor: string | null;
}

async function seed(ctx: Ctx): Promise<void> {
  const { fixture, served } = ctx();
  const body = fixture.calls([
    { id: 'in-1', direction: 'inbound', occurredAt: '2026-03-01T10:00:00.000Z' },
    { id: 'in-2', direction: 'inbound', kind: 'missed', occurredAt: '2026-03-02T10:00:00.000Z' },
    { id: 'out-1', direction: 'outbound', occurredAt: '2026-03-03T10:00:00.000Z' },
  ]);
  const response = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, body));
  assertEqual(response.status, 200, 'seed delivery');
  const other = fixture.calls([{ id: 'b-1', occurredAt: '2026-03-01T11:00:00.000Z' }]);
  assertEqual(
    (await served.fetch(fixture.webhookPath(1), await fixture.webhook(1, other))).status,
    200,
    'seed B',
  );
}

async function get(ctx: Ctx, path: string, tenantId = 'tenant-a'): Promise<Response> {
  const { fixture, served } = ctx();
  return served.fetch(`${fixture.basePath}${path}`, { headers: { authorization: fixture.auth(tenantId) } });
}

/** Calls API: auth, filters, cursor paging, limit bounds, stats, one record, 404 across tenants, 503. */
export function callsConformance(t: SuiteApi, ctx: Ctx): void {
  t.describe('calls API', () => {
    t.it('answers 401 without credentials', async () => {
      const { fixture, served } = ctx();
      await expectProblem(await served.fetch(`${fixture.basePath}/calls`), 401, 'unauthenticated');
      await expectProblem(await served.fetch(`${fixture.basePath}/calls/stats`), 401, 'unauthenticated');
    });

    t.it('lists with filters and pages with an opaque cursor', async () => {
      await seed(ctx);
      const outbound = (await (await get(ctx, '/calls?direction=outbound')).json()) as Page;
      assertEqual(
        outbound.items.map((i) => i.sourceRecordId),
        ['out-1'],
        'direction filter',
      );
      const missed = (await (await get(ctx, '/calls?status=missed')).json()) as Page;
      assertEqual(
        missed.items.map((i) => i.sourceRecordId),
        ['in-2'],
        'status alias of callType',
      );
      const ranged = (await (await get(ctx, '/calls?from=2026-03-02&to=2026-03-03')).json()) as Page;
      assertEqual(
        ranged.items.map((i) => i.sourceRecordId),
        ['in-2'],
        'date range [from, to)',
      );
      const first = (await (await get(ctx, '/calls?limit=2')).json()) as Page;
      assertEqual(
        first.items.map((i) => i.sourceRecordId),
        ['out-1', 'in-2'],
        'first page, newest first',
      );
      assert(first.nextCursor, 'a next cursor');
      const second = (await (
        await get(ctx, `/calls?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
      ).json()) as Page;
      assertEqual(
        second.items.map((i) => i.sourceRecordId),
        ['in-1'],
        'second page',
      );
      assertEqual(second.nextCursor, null, 'last page has no cursor');
    });

    t.it('answers 400 for a limit over 100 or a malformed filter', async () => {
      await expectProblem(await get(ctx, '/calls?limit=101'), 400, 'invalid_query');
      await expectProblem(await get(ctx, '/calls?limit=0'), 400, 'invalid_query');
      await expectProblem(await get(ctx, '/calls?from=yesterday'), 400, 'invalid_query');
      await expectProblem(await get(ctx, '/calls?direction=sideways'), 400, 'invalid_query');
      assertEqual((await get(ctx, '/calls?limit=100')).status, 200, 'limit 100 is allowed');
    });

    t.it('answers 400 naming a query parameter the route does not take, or one given twice', async () => {
      await seed(ctx);
      // A typo must not answer the unfiltered list (or the wrong totals) as if it were applied.
      const typo = await expectProblem(await get(ctx, '/calls?directon=outbound'), 400, 'invalid_query');
      assertEqual(
        [typo.parameter, (typo.accepted as string[]).includes('direction')],
        ['directon', true],
        'named',
      );
      const stats = await expectProblem(await get(ctx, '/calls/stats?contact=c1'), 400, 'invalid_query');
      assertEqual([stats.parameter, stats.accepted], ['contact', ['from', 'to']], 'stats parameters');
      const page = (await (await get(ctx, '/calls?limit=1')).json()) as Page;
      const id = encodeURIComponent(page.items[0]?.id ?? '');
      const one = await expectProblem(await get(ctx, `/calls/${id}?expand=insights`), 400, 'invalid_query');
      assertEqual([one.parameter, one.accepted], ['expand', []], 'GET /calls/:id takes none');
      await expectProblem(await get(ctx, '/calls?limit=1&limit=2'), 400, 'invalid_query');
      // `_` is the cache-buster jQuery's `cache: false` appends: never a filter, so left alone.
      assertEqual((await get(ctx, `/calls/${id}?_=1700000000000`)).status, 200, 'a cache-buster');
      const busted = (await (await get(ctx, '/calls?direction=outbound&_=1')).json()) as Page;
      assertEqual(busted.items.length, 1, 'filtered list with a cache-buster');
      // The stream's own parameters are the stream's: the calls API rule does not reach them.
      const { fixture, served } = ctx();
      const token = encodeURIComponent(await fixture.streamToken('tenant-a'));
      const stream = await served.fetch(`${fixture.basePath}/events/stream?token=${token}&lastEventId=0`);
      assertEqual(stream.status, 200, 'stream with token and lastEventId');
      await stream.body?.cancel();
    });

    t.it(
      'takes only decimal limits, real dates with a zone, and ids without control characters',
      async () => {
        for (const query of ['limit=1e1', 'limit=0x10', 'limit=%201', 'limit=', 'limit=2.0']) {
          await expectProblem(await get(ctx, `/calls?${query}`), 400, 'invalid_query');
        }
        for (const date of ['2026-02-30', '2025-02-29', '2026-04-31T00:00:00Z', '2026-03-01T24:00:00Z']) {
          await expectProblem(await get(ctx, `/calls?from=${date}`), 400, 'invalid_query');
        }
        // Without a zone the same query would mean another instant on a server in another time zone.
        await expectProblem(await get(ctx, '/calls?from=2026-03-01T10:00:00'), 400, 'invalid_query');
        await expectProblem(await get(ctx, '/calls/stats?to=2026-03-01T10:00'), 400, 'invalid_query');
        await expectProblem(await get(ctx, '/calls?contactId=%00'), 400, 'invalid_query');
        assertEqual((await get(ctx, '/calls?from=2024-02-29')).status, 200, 'a leap day exists');
      },
    );

    t.it('reads date-times in their own zone and dates as UTC days', async () => {
      await seed(ctx);
      // 11:00+01:00 is 10:00Z: in-1 (03-01 10:00Z) is in, in-2 (03-02 10:00Z) is at the open end.
      const range = 'from=2026-03-01T11:00:00%2B01:00&to=2026-03-02T11:00:00%2B01:00';
      const page = (await (await get(ctx, `/calls?${range}`)).json()) as Page;
      assertEqual(
        page.items.map((item) => item.sourceRecordId),
        ['in-1'],
        'calls in [10:00Z, 10:00Z next day)',
      );
      const days = (await (await get(ctx, '/calls?from=2026-03-02&to=2026-03-03')).json()) as Page;
      assertEqual(
        days.items.map((item) => item.sourceRecordId),
        ['in-2'],
        'calls of the UTC day 2026-03-02',
      );
    });

    t.it('serves stats for a range', async () => {
      await seed(ctx);
      const response = await get(ctx, '/calls/stats?from=2026-03-01&to=2026-03-04');
      assertEqual(response.status, 200, 'stats status');
      const stats = (await response.json()) as {
        total: number;
        inbound: number;
        outbound: number;
        missed: number;
      };
      assertEqual(
        [stats.total, stats.inbound, stats.outbound, stats.missed],
        [3, 2, 1, 1],
        'stats of tenant A',
      );
    });

    t.it("serves one record, and 404 for a missing id or another tenant's", async () => {
      await seed(ctx);
      const page = (await (await get(ctx, '/calls')).json()) as Page;
      const mine = page.items[0];
      assert(mine, 'tenant A has a call');
      const one = await get(ctx, `/calls/${encodeURIComponent(mine.id)}`);
      assertEqual(one.status, 200, 'own record');
      const record = (await one.json()) as { id: string; insights: unknown };
      assertEqual(record.id, mine.id, 'the record');
      assert('insights' in record, 'the record carries insights');
      await expectProblem(
        await get(ctx, `/calls/${encodeURIComponent(mine.id)}`, 'tenant-b'),
        404,
        'not_found',
      );
      await expectProblem(await get(ctx, '/calls/does-not-exist'), 404, 'not_found');
    });

    t.it('serves records without callbridge bookkeeping keys, also after an event-log failure', async () => {
      const { fixture, served } = ctx();
      const init = await fixture.webhook(0, fixture.calls([{ id: 'owed-1' }]));
      // The store takes the call, the log fails: the record is flagged as owing its announcement.
      fixture.eventLog.failing = true;
      await expectProblem(await served.fetch(fixture.webhookPath(0), init), 503, 'store_unavailable');
      fixture.eventLog.failing = false;
      const retry = await served.fetch(fixture.webhookPath(0), init);
      assertEqual(retry.status, 200, 'the retry is stored and announced');
      await retry.body?.cancel();
      const internal = (metadata: Record<string, unknown>) =>
        Object.keys(metadata).filter((key) => key.startsWith('owed') || key === 'aiAnnounced');
      const page = (await (await get(ctx, '/calls')).json()) as Page;
      assertEqual(
        page.items.map((item) => internal(item.metadata)),
        [[]],
        'internal keys in GET /calls',
      );
      const id = encodeURIComponent(page.items[0]?.id ?? '');
      const one = (await (await get(ctx, `/calls/${id}`)).json()) as Page['items'][number];
      assertEqual(internal(one.metadata), [], 'internal keys in GET /calls/:id');
      const stream = await served.fetch(`${fixture.basePath}/events/stream`, {
        headers: { authorization: fixture.auth('tenant-a'), 'last-event-id': '0' },
      });
      const reader = new SseReader(stream);
      const [event] = await reader.take(1);
      await reader.cancel();
      assertEqual(event?.event, 'call_event_created', 'the owed announcement');
      const data = JSON.parse(event?.data ?? '{}') as Page['items'][number];
      assertEqual(internal(data.metadata), [], 'internal keys in the stream event');
    });

    t.it('answers 404 for an id no store can hold, without asking the store', async () => {
      const { fixture } = ctx();
      // A store that is down would answer 503: these never reach it.
      fixture.store.failing = true;
      await expectProblem(await get(ctx, '/calls/%00x'), 404, 'not_found');
      await expectProblem(await get(ctx, `/calls/${'x'.repeat(201)}`), 404, 'not_found');
      await expectProblem(await get(ctx, '/calls/a-real-looking-id'), 503, 'store_unavailable');
    });

    t.it('answers 503 with Retry-After when the store is down', async () => {
      const { fixture } = ctx();
      fixture.store.failing = true;
      const response = await get(ctx, '/calls');
      assert(Number(response.headers.get('retry-after')) > 0, 'Retry-After');
      await expectProblem(response, 503, 'store_unavailable');
    });
  });
}
