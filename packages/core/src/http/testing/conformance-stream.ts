import { assert, assertEqual, eventually, expectProblem } from './assert.js';
import { CONFORMANCE_LOG_SIZE, CONFORMANCE_TENANTS } from './fixture.js';
import type { ConformanceContext, SuiteApi } from './harness.js';
import { SseReader } from './sse-reader.js';

type Ctx = () => ConformanceContext;

async function post(ctx: Ctx, tenant: 0 | 1, ids: string[]): Promise<void> {
  const { fixture, served } = ctx();
  const body = fixture.calls(ids.map((id) => ({ id })));
  const response = await served.fetch(fixture.webhookPath(tenant), await fixture.webhook(tenant, body));
  assertEqual(response.status, 200, `webhook for ${ids.join(',')}`);
  await response.body?.cancel();
}

async function open(ctx: Ctx, tenantId: string, options: { lastEventId?: string; query?: string } = {}) {
  const { fixture, served } = ctx();
  const headers: Record<string, string> = { authorization: fixture.auth(tenantId) };
  if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
  const abort = new AbortController();
  const response = await served.fetch(`${fixture.basePath}/events/stream${options.query ?? ''}`, {
    headers,
    signal: abort.signal,
  });
  assertEqual(response.status, 200, 'stream status');
  return { response, reader: new SseReader(response), abort };
}

const tenantOf = (data: string) => (JSON.parse(data) as { tenantId: string }).tenantId;
const recordOf = (data: string) => (JSON.parse(data) as { sourceRecordId: string }).sourceRecordId;

/** SSE stream: auth, headers and framing, live events, resume, resync, cleanup, tenant isolation. */
export function streamConformance(t: SuiteApi, ctx: Ctx): void {
  t.describe('event stream', () => {
    t.it('answers 401 without credentials or with a bad token, 200 with a stream token', async () => {
      const { fixture, served } = ctx();
      const path = `${fixture.basePath}/events/stream`;
      await expectProblem(await served.fetch(path), 401, 'unauthenticated');
      const token = await fixture.streamToken('tenant-a');
      await expectProblem(await served.fetch(`${path}?token=${token}x`), 401, 'unauthenticated');
      const expired = await fixture.streamToken('tenant-a', -1);
      await expectProblem(await served.fetch(`${path}?token=${expired}`), 401, 'unauthenticated');
      const ok = await served.fetch(`${path}?token=${encodeURIComponent(token)}`);
      assertEqual(ok.status, 200, 'stream with a valid token');
      await ok.body?.cancel();
    });

    t.it('sends SSE headers, a jittered retry, named heartbeats with ids, and events with ids', async () => {
      const { response, reader } = await open(ctx, 'tenant-a');
      assert(response.headers.get('content-type')?.startsWith('text/event-stream'), 'content-type');
      assertEqual(response.headers.get('cache-control'), 'no-cache, no-transform', 'cache-control');
      assertEqual(response.headers.get('x-accel-buffering'), 'no', 'x-accel-buffering');
      const heartbeat = await reader.next();
      assertEqual(heartbeat.event, 'heartbeat', 'a named heartbeat event arrives');
      assert(heartbeat.id !== null, 'the heartbeat has an id');
      assert(
        reader.retry !== null && reader.retry >= 1000 && reader.retry <= 1500,
        `retry hint ${reader.retry}`,
      );
      assert(/^retry: \d+\n\n/.test(reader.raw), 'the stream starts with a retry block');
      await post(ctx, 0, ['live-1']);
      const [event] = await reader.take(1);
      assertEqual(event?.event, 'call_event_created', 'event name');
      assert(event?.id && /^\d+$/.test(event.id), 'the event has a numeric id');
      assertEqual(recordOf(event?.data ?? '{}'), 'live-1', 'event data is the interaction');
      assert(/\nid: \d+\ndata: \{.*\}\n\n/.test(reader.raw), 'spec framing: event, id, data, blank line');
      await reader.cancel();
    });

    t.it(
      'resumes from Last-Event-ID (header or query) with exactly the missed events, then goes live',
      async () => {
        await post(ctx, 0, ['r1']);
        await post(ctx, 0, ['r2']);
        await post(ctx, 0, ['r3']);
        const first = await open(ctx, 'tenant-a', { lastEventId: '0' });
        const all = await first.reader.take(3);
        await first.reader.cancel();
        assertEqual(
          all.map((e) => recordOf(e.data)),
          ['r1', 'r2', 'r3'],
          'replay from 0',
        );
        const expected = ['r2', 'r3'];
        for (const via of ['header', 'query'] as const) {
          const id = all[0]?.id ?? '';
          const again =
            via === 'header'
              ? await open(ctx, 'tenant-a', { lastEventId: id })
              : await open(ctx, 'tenant-a', { query: `?lastEventId=${id}` });
          const missed = await again.reader.take(expected.length);
          assertEqual(
            missed.map((e) => recordOf(e.data)),
            expected,
            `missed events by ${via}`,
          );
          await post(ctx, 0, [`after-${via}`]);
          const [live] = await again.reader.take(1);
          assertEqual(recordOf(live?.data ?? '{}'), `after-${via}`, `live after replay (${via})`);
          expected.push(`after-${via}`);
          await again.reader.cancel();
        }
      },
    );

    t.it('has no gap and no duplicate between replay and live under concurrent writes', async () => {
      await post(ctx, 0, ['g0']);
      const writes = Array.from({ length: 12 }, (_, i) => post(ctx, 0, [`g${i + 1}`]));
      const stream = await open(ctx, 'tenant-a', { lastEventId: '0' });
      await Promise.all(writes);
      const events = await stream.reader.take(13);
      await stream.reader.cancel();
      const ids = events.map((e) => Number(e.id));
      assertEqual(
        ids,
        Array.from({ length: 13 }, (_, i) => (ids[0] ?? 0) + i),
        'contiguous ids, each once',
      );
      assertEqual(new Set(events.map((e) => recordOf(e.data))).size, 13, 'every call once');
    });

    t.it('sends resync when Last-Event-ID is older than the log keeps', async () => {
      for (let i = 0; i < CONFORMANCE_LOG_SIZE + 3; i++) await post(ctx, 0, [`old-${i}`]);
      const stream = await open(ctx, 'tenant-a', { lastEventId: '1' });
      const [first] = await stream.reader.take(1);
      assertEqual(first?.event, 'resync', 'first event after a too-old id');
      assert(first?.id && /^\d+$/.test(first.id), 'resync has an id');
      await stream.reader.cancel();
    });

    t.it('answers 503 with Retry-After when the event log is down, and holds no subscription', async () => {
      const { fixture, served } = ctx();
      fixture.eventLog.failing = true;
      for (const lastEventId of [undefined, '1']) {
        const headers: Record<string, string> = { authorization: fixture.auth('tenant-a') };
        if (lastEventId) headers['last-event-id'] = lastEventId;
        const response = await served.fetch(`${fixture.basePath}/events/stream`, { headers });
        assert(Number(response.headers.get('retry-after')) > 0, 'Retry-After');
        await expectProblem(response, 503, 'store_unavailable');
      }
      assertEqual(fixture.broadcaster.active, 0, 'no subscription left');
    });

    t.it('answers HEAD with the stream headers and no body, holding no subscription', async () => {
      const { fixture, served } = ctx();
      const response = await served.fetch(`${fixture.basePath}/events/stream`, {
        method: 'HEAD',
        headers: { authorization: fixture.auth('tenant-a') },
      });
      assertEqual(response.status, 200, 'HEAD status');
      assert(response.headers.get('content-type')?.startsWith('text/event-stream'), 'content-type');
      assertEqual(await response.text(), '', 'no body');
      await eventually(() => fixture.broadcaster.active === 0, 'no subscription left after HEAD');
    });

    t.it('releases the subscription when the client aborts or cancels', async () => {
      const { fixture } = ctx();
      const a = await open(ctx, 'tenant-a');
      await a.reader.next();
      const b = await open(ctx, 'tenant-b');
      await b.reader.next();
      assertEqual(fixture.broadcaster.active, 2, 'two live subscriptions');
      a.abort.abort();
      await b.reader.cancel();
      await eventually(() => fixture.broadcaster.active === 0, 'no subscriber left after abort and cancel');
    });

    t.it("never sends one tenant's events to another (randomized interleaving)", async () => {
      const { fixture, served } = ctx();
      const a = await open(ctx, 'tenant-a');
      const b = await open(ctx, 'tenant-b');
      const plan = Array.from({ length: 24 }, (_, i) => ({
        tenant: (Math.random() < 0.5 ? 0 : 1) as 0 | 1,
        id: `iso-${i}`,
      }));
      await Promise.all(plan.map((p) => post(ctx, p.tenant, [p.id])));
      const countA = plan.filter((p) => p.tenant === 0).length;
      const gotA = await a.reader.take(countA);
      const gotB = await b.reader.take(plan.length - countA);
      assert(
        gotA.every((e) => tenantOf(e.data) === 'tenant-a'),
        'tenant A stream carries only A',
      );
      assert(
        gotB.every((e) => tenantOf(e.data) === 'tenant-b'),
        'tenant B stream carries only B',
      );
      await a.reader.cancel();
      await b.reader.cancel();
      const list = await served.fetch(`${fixture.basePath}/calls?limit=100`, {
        headers: { authorization: fixture.auth(CONFORMANCE_TENANTS[0].id) },
      });
      const items = ((await list.json()) as { items: Array<{ tenantId: string }> }).items;
      assertEqual(items.length, countA, "tenant A's list size");
      assert(
        items.every((i) => i.tenantId === 'tenant-a'),
        "tenant A's list carries only A",
      );
    });
  });
}
