import { describe, expect, it } from 'vitest';
import { INTERNAL_METADATA_KEYS } from '../http/public-interaction.js';
import { MemoryInteractionStore } from '../memory/index.js';
import type { CallEventInput } from '../model/call-event.js';
import type { Interaction } from '../model/interaction.js';
import { permutations } from '../model/merge.test-util.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// Invariant 3 when events of one call disagree: two answers (a transfer), two ends (a corrected
// duration), rings of a group naming different agents. The record keeps, for each fact, the value
// of the latest moment of the call, then of the latest event, whatever order they arrive in.

const at = (second: number) => new Date(Date.UTC(2026, 1, 17, 10, 30, second)).toISOString();

const SCENARIOS: Record<string, Array<Partial<CallEventInput>>> = {
  transfer: [
    { kind: 'ringing', occurredAt: at(0), agent: { id: 'a1', name: 'Ann' } },
    { kind: 'answered', occurredAt: at(5), answeredAt: at(5), agent: { id: 'a1', name: 'Ann' } },
    { kind: 'answered', occurredAt: at(30), answeredAt: at(30), agent: { id: 'a2', name: 'Bob' } },
    { kind: 'ended', occurredAt: at(60), endedAt: at(60), durationSeconds: 55 },
  ],
  'corrected end': [
    { kind: 'answered', occurredAt: at(5), answeredAt: at(5), agent: { id: 'a1' } },
    { kind: 'ended', occurredAt: at(60), endedAt: at(60), durationSeconds: 55, reason: 'hangup' },
    { kind: 'ended', occurredAt: at(61), endedAt: at(61), durationSeconds: 56, reason: 'hangup-agent' },
  ],
  'ring group': [
    { kind: 'ringing', occurredAt: at(0), agent: { id: 'a1', name: 'Ann' } },
    { kind: 'ringing', occurredAt: at(1), agent: { id: 'a2', name: 'Bob' } },
    { kind: 'ringing', occurredAt: at(1), agent: { id: 'a3', name: 'Cy' } },
    { kind: 'missed', occurredAt: at(20), endedAt: at(20) },
  ],
};

/** The stored record after `events` in this order, without what differs by construction. */
async function recordAfter(events: Array<Partial<CallEventInput>>): Promise<Interaction> {
  const interactions = new MemoryInteractionStore();
  const { bridge } = await testBridge({ stores: { interactions } });
  for (const event of events) await bridge.ingest(callEvent(event));
  const stored = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
  if (!stored) throw new Error('nothing stored');
  return { ...stored, id: '', createdAt: '', updatedAt: '', version: 0 };
}

describe('invariant 3: events of one call that disagree converge', () => {
  it.each(Object.keys(SCENARIOS))('%s: every arrival order gives the same record', async (name) => {
    const events = SCENARIOS[name] ?? [];
    const reference = await recordAfter(events);
    for (const order of permutations(events)) expect(await recordAfter(order)).toEqual(reference);
  });

  it('keeps the latest moment, then the latest event, for each fact', async () => {
    const transfer = (await recordAfter(SCENARIOS.transfer ?? [])).metadata;
    expect(transfer).toMatchObject({
      agent: { id: 'a2', name: 'Bob' },
      answeredAt: at(30),
      durationSeconds: 55,
    });
    const corrected = (await recordAfter(SCENARIOS['corrected end'] ?? [])).metadata;
    expect(corrected).toMatchObject({ durationSeconds: 56, endedAt: at(61), reason: 'hangup-agent' });
    // Two rings at the same second: the larger value, the same one in any order.
    const group = (await recordAfter(SCENARIOS['ring group'] ?? [])).metadata;
    expect(group).toMatchObject({ callType: 'missed', agent: { id: 'a3', name: 'Cy' } });
  });

  it('keeps the stamps it merges by as bookkeeping the API and the stream leave out', () => {
    expect(INTERNAL_METADATA_KEYS).toContain('keyStamps');
  });
});
