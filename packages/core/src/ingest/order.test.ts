import { describe, expect, it } from 'vitest';
import type { CallEventInput } from '../model/call-event.js';
import type { Interaction } from '../model/interaction.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

/** The four events of one answered call, each carrying only what its moment knows. */
const LIFECYCLE: Record<string, CallEventInput> = {
  ringing: callEvent({ kind: 'ringing', deliveryId: 'd-ringing', occurredAt: '2026-02-17T10:30:00.000Z' }),
  answered: callEvent({
    kind: 'answered',
    deliveryId: 'd-answered',
    occurredAt: '2026-02-17T10:30:05.000Z',
    answeredAt: '2026-02-17T10:30:05.000Z',
    durationSeconds: 0,
    agent: { id: 'agent-7', name: 'Ada' },
  }),
  // The end knows the answer time to the second the provider rounded it to.
  ended: callEvent({
    kind: 'ended',
    deliveryId: 'd-ended',
    occurredAt: '2026-02-17T10:32:39.000Z',
    answeredAt: '2026-02-17T10:30:06.000Z',
    endedAt: '2026-02-17T10:32:39.000Z',
    durationSeconds: 154,
  }),
  recording: callEvent({
    kind: 'recording_available',
    deliveryId: 'd-recording',
    occurredAt: '2026-02-17T10:33:00.000Z',
    recording: { url: 'https://cdn.example.com/rec/call-1.mp3', id: 'rec-1', durationSeconds: 150 },
  }),
};

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The record without what legitimately differs by arrival order (identity and bookkeeping). */
function comparable(record: Interaction) {
  const { id, createdAt, updatedAt, version, ...rest } = record;
  return rest;
}

describe('invariant 3: out-of-order events converge', () => {
  it('the 24 orders of ringing, answered, ended and recording_available give the same record', async () => {
    const orders = permutations(Object.keys(LIFECYCLE));
    expect(orders).toHaveLength(24);
    const finals: ReturnType<typeof comparable>[] = [];
    for (const order of orders) {
      const { bridge } = await testBridge({ background: false });
      for (const name of order) await bridge.ingest(LIFECYCLE[name]!);
      const record = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
      finals.push(comparable(record!));
    }
    expect(finals[0]?.metadata).toMatchObject({
      callType: 'answered',
      callState: 'ended',
      durationSeconds: 154,
      // The end's value: the answered event is from an earlier moment whenever it arrives.
      answeredAt: '2026-02-17T10:30:06.000Z',
      endedAt: '2026-02-17T10:32:39.000Z',
      recordingUrl: 'https://cdn.example.com/rec/call-1.mp3',
      recordingStatus: 'available',
      agent: { id: 'agent-7', name: 'Ada' },
      lastEventAt: '2026-02-17T10:33:00.000Z',
    });
    expect(finals[0]?.occurredAt).toBe('2026-02-17T10:30:00.000Z');
    for (const final of finals) expect(final).toEqual(finals[0]);
  });

  it('a stale event never regresses the status nor erases fields', async () => {
    const { bridge, events } = await testBridge({ background: false });
    for (const name of ['ringing', 'answered', 'ended', 'recording']) await bridge.ingest(LIFECYCLE[name]!);
    const before = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    const announced = events.length;
    // The same moments again as new deliveries (a provider replay), plus a bare late 'ringing'.
    for (const name of ['answered', 'ringing']) {
      const result = await bridge.ingest({ ...LIFECYCLE[name]!, deliveryId: `replay-${name}` });
      expect(result.changed).toBe(false);
    }
    const late = await bridge.ingest(
      callEvent({
        kind: 'ringing',
        occurredAt: '2026-02-17T10:29:59.000Z',
        agent: null,
        durationSeconds: null,
      }),
    );
    expect(late.interaction?.metadata).toMatchObject({
      callType: 'answered',
      callState: 'ended',
      durationSeconds: 154,
      agent: { id: 'agent-7', name: 'Ada' },
      recordingUrl: 'https://cdn.example.com/rec/call-1.mp3',
    });
    expect(before?.metadata.callType).toBe('answered');
    expect(events.slice(announced).every((e) => e.type === 'call_event_updated')).toBe(true);
  });
});
