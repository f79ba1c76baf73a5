import {
  type CallEventInput,
  createCallBridge,
  type Interaction,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { makeCallEvent } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';

// Invariant 3: events arriving out of order converge to the same record, and a stale event never
// moves a call backwards, here for the end of an unanswered call (missed, then voicemail) and two
// generations of insights.

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:00:25.000Z';
const T2 = '2026-03-01T10:01:10.000Z';

const EVENTS: Record<string, CallEventInput> = {
  ringing: makeCallEvent({ kind: 'ringing', occurredAt: T0, startedAt: T0 }),
  missed: makeCallEvent({ kind: 'missed', occurredAt: T1, endedAt: T1, reason: 'busy' }),
  voicemail: makeCallEvent({
    kind: 'voicemail',
    occurredAt: T2,
    endedAt: T2,
    reason: 'no_answer',
    durationSeconds: 45,
    recording: { url: 'https://cdn.example.com/vm/1.mp3', type: 'voicemail' },
  }),
  oldInsights: makeCallEvent({
    kind: 'insights',
    deliveryId: 'insights-v1',
    occurredAt: T2,
    insights: { summary: 'first draft', highlights: ['kept'], modifiedAt: '2026-03-01T11:00:00.000Z' },
  }),
  newInsights: makeCallEvent({
    kind: 'insights',
    deliveryId: 'insights-v2',
    occurredAt: T2,
    insights: { summary: 'final summary', modifiedAt: '2026-03-01T12:00:00.000Z' },
  }),
};

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

async function replay(
  order: string[],
): Promise<Omit<Interaction, 'id' | 'createdAt' | 'updatedAt' | 'version'>> {
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 'tenant-1', key: 'k1' }]),
    authenticate: () => null,
    contacts: new MemoryContactDirectory(),
    background: false,
  });
  let last: Interaction | undefined;
  for (const name of order) {
    const result = await bridge.ingest(EVENTS[name] as CallEventInput);
    last = result.interaction ?? last;
  }
  await bridge.close();
  if (!last) throw new Error('nothing stored');
  const { id, createdAt, updatedAt, version, ...rest } = last;
  return rest;
}

describe('invariant 3: an unanswered call converges whatever the arrival order', () => {
  it('all 120 orders of ringing, missed, voicemail and two insights generations give one record', async () => {
    const orders = permutations(Object.keys(EVENTS));
    const expected = await replay(orders[0] as string[]);
    expect(expected.metadata).toMatchObject({
      callType: 'voicemail',
      callState: 'ended',
      reason: 'no_answer',
      endedAt: T2,
      durationSeconds: 45,
      startedAt: T0,
      voicemailUrl: 'https://cdn.example.com/vm/1.mp3',
    });
    expect(expected.insights).toMatchObject({ summary: 'final summary', highlights: ['kept'] });
    for (const order of orders.slice(1)) expect(await replay(order), order.join(' → ')).toEqual(expected);
  });

  it('a late missed event after the voicemail moves nothing back', async () => {
    const record = await replay(['voicemail', 'missed']);
    expect(record.metadata).toMatchObject({ callType: 'voicemail', reason: 'no_answer', endedAt: T2 });
  });
});
