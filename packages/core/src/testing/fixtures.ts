import type { CallEventInput } from '../model/call-event.js';
import type { InteractionUpsert } from '../model/interaction.js';

/** A 20-digit Ringover-style call id: more digits than a JS number keeps. */
export const LONG_CALL_ID = '12345678901234567890';

/**
 * A valid `CallEventInput` (an inbound Ringover call ringing), with `overrides` applied.
 * `deliveryId` defaults to `<sourceRecordId>:<kind>`, so the same event built twice is a
 * duplicate delivery.
 */
export function makeCallEvent(overrides: Partial<CallEventInput> = {}): CallEventInput {
  const base: CallEventInput = {
    provider: 'ringover',
    tenantId: 'tenant-1',
    sourceRecordId: LONG_CALL_ID,
    deliveryId: '',
    kind: 'ringing',
    channel: 'CALL',
    direction: 'inbound',
    from: { raw: '+32470123456', e164: '+32470123456' },
    to: { raw: '+3223456789', e164: '+3223456789' },
    occurredAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
  return { ...base, deliveryId: overrides.deliveryId ?? `${base.sourceRecordId}:${base.kind}` };
}

/**
 * A valid `InteractionUpsert` (an inbound call ringing), with `overrides` applied.
 * `overrides.metadata` is merged over the default metadata; to send exactly a sparse patch, set
 * `metadata` on the result instead.
 */
export function makeInteractionUpsert(overrides: Partial<InteractionUpsert> = {}): InteractionUpsert {
  const occurredAt = overrides.occurredAt ?? '2026-03-01T10:00:00.000Z';
  const sourceRecordId = overrides.sourceRecordId ?? LONG_CALL_ID;
  return {
    tenantId: 'tenant-1',
    source: 'RINGOVER',
    eventType: 'CALL',
    contactId: null,
    caseId: null,
    insights: null,
    locale: 'en',
    ...overrides,
    sourceRecordId,
    occurredAt,
    metadata: {
      callId: sourceRecordId,
      direction: 'inbound',
      callerNumber: '+32470123456',
      calleeNumber: '+3223456789',
      callType: 'ringing',
      callState: 'ringing',
      lastEventAt: occurredAt,
      ...overrides.metadata,
    },
  };
}
