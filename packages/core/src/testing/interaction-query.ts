import type { CallType, Interaction } from '../model/interaction.js';
import type { InteractionFilter, InteractionStore } from '../ports/interactions.js';
import { makeInteractionUpsert } from './fixtures.js';
import { errorCode, rejectionOf, uniqueId } from './helpers.js';
import type { TestApi } from './types.js';

interface Seed {
  sourceRecordId: string;
  occurredAt: string;
  direction: 'inbound' | 'outbound';
  source: 'RINGOVER' | 'RINGCENTRAL';
  contactId: string | null;
  caseId: string | null;
  callType: CallType;
  eventType: 'CALL' | 'SMS';
}

const TYPES: CallType[] = ['answered', 'missed', 'voicemail', 'ringing', 'answered', 'answered', 'missed'];
const BASE = Date.parse('2026-04-01T08:00:00.000Z');

/** 25 records; occurredAt comes in pairs so ties straddle page boundaries. */
function seeds(): Seed[] {
  return Array.from({ length: 25 }, (_, i) => ({
    sourceRecordId: `9000000000000000${String(i).padStart(4, '0')}`,
    occurredAt: new Date(BASE + Math.floor(i / 2) * 60_000).toISOString(),
    direction: i % 3 === 0 ? 'outbound' : 'inbound',
    source: i % 4 === 0 ? 'RINGCENTRAL' : 'RINGOVER',
    contactId: i % 5 === 0 ? 'contact-x' : null,
    caseId: i % 6 === 0 ? 'case-x' : null,
    callType: TYPES[i % TYPES.length] ?? 'answered',
    eventType: i === 24 ? 'SMS' : 'CALL',
  }));
}

async function seedStore(store: InteractionStore, tenantId: string): Promise<Seed[]> {
  const all = seeds();
  for (const s of all) {
    await store.upsert(
      makeInteractionUpsert({
        tenantId,
        sourceRecordId: s.sourceRecordId,
        occurredAt: s.occurredAt,
        source: s.source,
        contactId: s.contactId,
        caseId: s.caseId,
        eventType: s.eventType,
        metadata: {
          direction: s.direction,
          callType: s.callType,
          callState: s.callType === 'ringing' ? 'ringing' : 'ended',
        },
      }),
    );
  }
  return all;
}

const ids = (items: Array<{ sourceRecordId: string }>) => items.map((i) => i.sourceRecordId).sort();

function assertOrdered(t: TestApi, items: Interaction[]): void {
  for (let i = 1; i < items.length; i++) {
    t.expect(Date.parse(items[i - 1]!.occurredAt)).toBeGreaterThanOrEqual(Date.parse(items[i]!.occurredAt));
  }
}

/** Lists (filters, order, cursor paging) and stats. */
export function interactionQueryTests(t: TestApi, store: () => InteractionStore): void {
  const { it, expect } = t;

  it('filters lists by every InteractionFilter field, newest first', async () => {
    const tenantId = uniqueId('tenant');
    const all = await seedStore(store(), tenantId);
    const from = all[6]!.occurredAt;
    const to = all[16]!.occurredAt;
    const cases: Array<[InteractionFilter, (s: Seed) => boolean]> = [
      [{}, () => true],
      [{ direction: 'outbound' }, (s) => s.direction === 'outbound'],
      [{ source: 'RINGCENTRAL' }, (s) => s.source === 'RINGCENTRAL'],
      [{ contactId: 'contact-x' }, (s) => s.contactId === 'contact-x'],
      [{ caseId: 'case-x' }, (s) => s.caseId === 'case-x'],
      [{ callType: 'missed' }, (s) => s.callType === 'missed'],
      // callType filters calls: an SMS (whose record also starts as 'ringing') is never listed.
      [{ callType: 'ringing' }, (s) => s.callType === 'ringing' && s.eventType === 'CALL'],
      [{ eventType: 'SMS' }, (s) => s.eventType === 'SMS'],
      [{ from, to }, (s) => s.occurredAt >= from && s.occurredAt < to],
      [
        { direction: 'inbound', callType: 'answered', from },
        (s) => s.direction === 'inbound' && s.callType === 'answered' && s.occurredAt >= from,
      ],
    ];
    for (const [filter, predicate] of cases) {
      const page = await store().list(tenantId, filter, { limit: 100 });
      expect({ filter, ids: ids(page.items) }).toEqual({ filter, ids: ids(all.filter(predicate)) });
      expect(page.nextCursor).toBeNull();
      assertOrdered(t, page.items);
    }
  });

  it('pages with an opaque cursor without gaps or duplicates, also under a filter', async () => {
    const tenantId = uniqueId('tenant');
    const all = await seedStore(store(), tenantId);
    for (const [filter, expected] of [
      [{}, all.length],
      [{ direction: 'inbound' }, all.filter((s) => s.direction === 'inbound').length],
    ] as Array<[InteractionFilter, number]>) {
      const whole = await store().list(tenantId, filter, { limit: 100 });
      const paged: Interaction[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await store().list(tenantId, filter, { limit: 7, cursor });
        expect(page.items.length).toBeLessThanOrEqual(7);
        paged.push(...page.items);
        cursor = page.nextCursor;
        if (cursor !== null) expect(cursor).toMatch(/^[A-Za-z0-9_=-]+$/);
        pages++;
      } while (cursor !== null && pages < 10);
      expect(paged.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
      expect(new Set(paged.map((i) => i.id)).size).toBe(expected);
      expect(pages).toBe(Math.ceil(expected / 7));
    }
  });

  it('rejects a foreign cursor and an out-of-range limit with invalid_query', async () => {
    const tenantId = uniqueId('tenant');
    expect(
      errorCode(await rejectionOf(store().list(tenantId, {}, { limit: 10, cursor: 'not-a-cursor' }))),
    ).toBe('invalid_query');
    expect(errorCode(await rejectionOf(store().list(tenantId, {}, { limit: 0 })))).toBe('invalid_query');
    expect(errorCode(await rejectionOf(store().list(tenantId, {}, { limit: 101 })))).toBe('invalid_query');
  });

  it('computes stats over calls in [from, to) per UTC day', async () => {
    const tenantId = uniqueId('tenant');
    const call = (
      n: number,
      occurredAt: string,
      direction: 'inbound' | 'outbound',
      callType: CallType,
      durationSeconds: number | null,
      eventType: 'CALL' | 'SMS' = 'CALL',
    ) =>
      store().upsert(
        makeInteractionUpsert({
          tenantId,
          sourceRecordId: `stat-${n}`,
          occurredAt,
          eventType,
          metadata: { direction, callType, durationSeconds },
        }),
      );
    await call(1, '2026-02-10T09:00:00.000Z', 'inbound', 'answered', 60);
    await call(2, '2026-02-10T12:00:00.000Z', 'inbound', 'missed', null);
    await call(3, '2026-02-10T23:30:00.000Z', 'outbound', 'answered', 120);
    await call(4, '2026-02-11T00:30:00.000Z', 'inbound', 'voicemail', 30);
    await call(5, '2026-02-11T10:00:00.000Z', 'outbound', 'ringing', null);
    await call(6, '2026-02-11T11:00:00.000Z', 'inbound', 'answered', 999, 'SMS');
    await call(7, '2026-02-12T00:00:00.000Z', 'inbound', 'answered', 999);
    await call(8, '2026-02-09T23:59:59.000Z', 'inbound', 'answered', 999);
    const stats = await store().stats(tenantId, {
      from: '2026-02-10T00:00:00.000Z',
      to: '2026-02-12T00:00:00.000Z',
    });
    expect(stats).toEqual({
      total: 5,
      inbound: 3,
      outbound: 2,
      answered: 2,
      missed: 1,
      voicemail: 1,
      averageDurationSeconds: 70,
      perDay: [
        { date: '2026-02-10', total: 3, answered: 2, missed: 1, voicemail: 0 },
        { date: '2026-02-11', total: 2, answered: 0, missed: 0, voicemail: 1 },
      ],
    });
    const empty = await store().stats(tenantId, {
      from: '2030-01-01T00:00:00.000Z',
      to: '2030-01-02T00:00:00.000Z',
    });
    expect(empty).toEqual({
      total: 0,
      inbound: 0,
      outbound: 0,
      answered: 0,
      missed: 0,
      voicemail: 0,
      averageDurationSeconds: null,
      perDay: [],
    });
  });
}
