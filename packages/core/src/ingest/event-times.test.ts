import { describe, expect, it } from 'vitest';
import { MemoryInteractionStore } from '../memory/index.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// Event times become store keys and sort keys in every store (Postgres reads them as timestamptz):
// a time that one reader takes differently from another, or not at all, is bad input (400), never
// a store failure the provider would retry forever.

describe('ingest of event times', () => {
  it.each([
    ['occurredAt', '2026'],
    ['occurredAt', 'March 7, 2026'],
    ['occurredAt', '2026-03-07T10:00:00'],
    ['occurredAt', '2026-03-07 10:00'],
    ['occurredAt', '2026-02-30T10:00:00Z'],
    ['startedAt', '7 Mar 2026 10:00 GMT'],
    ['answeredAt', '2026-03-07T25:00:00Z'],
    ['endedAt', '1772877600000'],
  ])('refuses %s %j as malformed_body (400), storing nothing', async (field, value) => {
    const interactions = new MemoryInteractionStore();
    const { bridge } = await testBridge({ stores: { interactions } });
    const error = await bridge.ingest(callEvent({ [field]: value })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'malformed_body', status: 400, details: { fields: [field] } });
    expect(await interactions.getBySource(TENANT, 'RINGOVER', 'call-1')).toBeNull();
  });

  it('stores a time with an offset as the same instant in UTC', async () => {
    const interactions = new MemoryInteractionStore();
    const { bridge } = await testBridge({ stores: { interactions } });
    await bridge.ingest(
      callEvent({
        kind: 'answered',
        occurredAt: '2026-03-07T11:00:05+01:00',
        answeredAt: '2026-03-07T11:00:05.25+01:00',
      }),
    );
    const stored = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    expect(stored?.occurredAt).toBe('2026-03-07T10:00:05.000Z');
    expect(stored?.metadata.answeredAt).toBe('2026-03-07T10:00:05.250Z');
  });
});
