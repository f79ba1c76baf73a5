import type { EventLog, StreamEvent } from '../ports/events.js';
import { errorCode, rejectionOf, sleep, suite, uniqueId } from './helpers.js';
import type { ConformanceOptions, TestApi } from './types.js';

/** Options of `eventLogConformance`: how the log returned by `create` was configured. */
export interface EventLogConformanceOptions extends ConformanceOptions<EventLog> {
  retention?: {
    /** When set, truncation by count is tested (keep it small, e.g. 10). */
    maxEventsPerTenant?: number;
    /** When set, truncation by age is tested (keep it short, e.g. 100 ms). */
    maxAgeMs?: number;
  };
}

const big = (id: string) => BigInt(id);

function assertIncreasing(t: TestApi, events: StreamEvent[]): void {
  for (let i = 1; i < events.length; i++) t.expect(big(events[i]!.id) > big(events[i - 1]!.id)).toBe(true);
}

/**
 * The `EventLog` contract: decimal per-tenant ids that only increase (also under concurrent
 * appends), `readAfter` in id order with a limit, tenant isolation, `truncated` when events after
 * `afterId` were dropped by retention or when `afterId` is newer than the log, and `lastId`.
 */
export function eventLogConformance(t: TestApi, options: EventLogConformanceOptions): void {
  const { it, expect } = t;
  const maxEvents = options.retention?.maxEventsPerTenant;
  const maxAgeMs = options.retention?.maxAgeMs;
  suite(t, 'EventLog', options, (log) => {
    it('appends events with increasing decimal ids and reads them back in order', async () => {
      const tenantId = uniqueId('tenant');
      expect(await log().lastId(tenantId)).toBeNull();
      const data = {
        interactionId: 'i-1',
        sourceRecordId: '12345678901234567890',
        nested: { list: [1, 'a', null] },
      };
      const first = await log().append(tenantId, 'call_event_created', data);
      const second = await log().append(tenantId, 'call_event_updated', { n: 2 });
      const third = await log().append(tenantId, 'call_ai_completed', { n: 3 });
      expect(first).toMatchObject({ tenantId, type: 'call_event_created', data });
      expect(first.id).toMatch(/^\d+$/);
      expect(Number.isNaN(Date.parse(first.createdAt))).toBe(false);
      assertIncreasing(t, [first, second, third]);
      expect(await log().lastId(tenantId)).toBe(third.id);
      expect(await log().readAfter(tenantId, '0')).toEqual({
        events: [first, second, third],
        truncated: false,
      });
      expect(await log().readAfter(tenantId, first.id)).toEqual({
        events: [second, third],
        truncated: false,
      });
      expect(await log().readAfter(tenantId, third.id)).toEqual({ events: [], truncated: false });
      expect((await log().readAfter(tenantId, '0', 2)).events).toEqual([first, second]);
    });

    it('gives distinct increasing ids to concurrent appends', async () => {
      const tenantId = uniqueId('tenant');
      const n = Math.min(50, maxEvents ?? 50);
      const appended = await Promise.all(
        Array.from({ length: n }, (_, i) => log().append(tenantId, 'call_event_updated', { i })),
      );
      expect(new Set(appended.map((e) => e.id)).size).toBe(n);
      const read = await log().readAfter(tenantId, '0', 100);
      expect(read.events).toHaveLength(n);
      assertIncreasing(t, read.events);
      const byIndex = read.events.map((e) => (e.data as { i: number }).i).sort((a, b) => a - b);
      expect(byIndex).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(await log().lastId(tenantId)).toBe(read.events[n - 1]?.id);
    });

    it('keeps tenants apart', async () => {
      const a = uniqueId('tenant-a');
      const b = uniqueId('tenant-b');
      const ea = await log().append(a, 'call_event_created', { who: 'a' });
      expect((await log().readAfter(b, '0')).events).toEqual([]);
      expect(await log().lastId(b)).toBeNull();
      const eb = await log().append(b, 'call_event_created', { who: 'b' });
      expect((await log().readAfter(a, '0')).events).toEqual([ea]);
      expect((await log().readAfter(b, '0')).events).toEqual([eb]);
    });

    it('reports truncated for an afterId newer than anything the log issued', async () => {
      const tenantId = uniqueId('tenant');
      const last = await log().append(tenantId, 'call_event_created', {});
      const ahead = (big(last.id) + 1000n).toString();
      expect(await log().readAfter(tenantId, ahead)).toEqual({ events: [], truncated: true });
    });

    it('rejects an id that is not decimal with invalid_query', async () => {
      expect(errorCode(await rejectionOf(log().readAfter(uniqueId('tenant'), 'abc')))).toBe('invalid_query');
    });

    if (maxEvents !== undefined) {
      it(`keeps the newest ${maxEvents} events and reports what was dropped`, async () => {
        const tenantId = uniqueId('tenant');
        const appended: StreamEvent[] = [];
        for (let i = 0; i < maxEvents + 3; i++)
          appended.push(await log().append(tenantId, 'call_event_updated', { i }));
        const fromStart = await log().readAfter(tenantId, '0', 1000);
        expect(fromStart.truncated).toBe(true);
        expect(fromStart.events).toEqual(appended.slice(3));
        expect((await log().readAfter(tenantId, appended[0]!.id)).truncated).toBe(true);
        expect(await log().readAfter(tenantId, appended[2]!.id, 1000)).toEqual({
          events: appended.slice(3),
          truncated: false,
        });
        const later = await log().append(tenantId, 'call_event_updated', { i: 'later' });
        expect(big(later.id) > big(appended[appended.length - 1]!.id)).toBe(true);
      });
    }

    if (maxAgeMs !== undefined) {
      it(
        `drops events older than ${maxAgeMs} ms and reports it`,
        async () => {
          const tenantId = uniqueId('tenant');
          const old = await log().append(tenantId, 'call_event_created', { age: 'old' });
          await sleep(maxAgeMs + 60);
          const fresh = await log().append(tenantId, 'call_event_updated', { age: 'fresh' });
          expect(await log().readAfter(tenantId, '0')).toEqual({ events: [fresh], truncated: true });
          expect(await log().readAfter(tenantId, old.id)).toEqual({ events: [fresh], truncated: false });
          expect(await log().lastId(tenantId)).toBe(fresh.id);
        },
        maxAgeMs + 5_000,
      );
    }
  });
}
