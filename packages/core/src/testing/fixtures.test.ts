import { describe, expect, it } from 'vitest';
import { MemoryInteractionStore } from '../memory/interaction-store.js';
import { CallEventSchema } from '../model/call-event.js';
import { LONG_CALL_ID, makeCallEvent, makeInteractionUpsert } from './fixtures.js';
import { errorCode, rejectionOf, waitFor } from './helpers.js';

describe('test fixtures', () => {
  it('makeCallEvent builds a valid CallEvent with a deterministic delivery id', () => {
    const event = CallEventSchema.parse(makeCallEvent({ kind: 'answered', tenantId: 'acme' }));
    expect(event).toMatchObject({ kind: 'answered', tenantId: 'acme', sourceRecordId: LONG_CALL_ID });
    expect(event.deliveryId).toBe(`${LONG_CALL_ID}:answered`);
    expect(makeCallEvent({ deliveryId: 'd-1' }).deliveryId).toBe('d-1');
  });

  it('makeInteractionUpsert merges metadata overrides and is accepted by a store', async () => {
    const upsert = makeInteractionUpsert({ sourceRecordId: '42', metadata: { callType: 'missed' } });
    expect(upsert.metadata).toMatchObject({ callId: '42', callType: 'missed', direction: 'inbound' });
    const result = await new MemoryInteractionStore().upsert(upsert);
    expect(result.interaction.metadata.callType).toBe('missed');
  });
});

describe('test helpers', () => {
  it('waitFor times out with a message and errorCode names outcomes', async () => {
    const error = await rejectionOf(waitFor(() => false, 'nothing', 20));
    expect(String(error)).toContain('waiting for nothing');
    expect(errorCode(null)).toBe('(resolved)');
    expect(errorCode(new Error('x'))).toContain('not a CallbridgeError');
  });
});
