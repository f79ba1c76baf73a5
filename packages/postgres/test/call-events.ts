import type { InteractionUpsert } from '@callbridge/core';
import { makeInteractionUpsert } from '@callbridge/core/testing';

export const T = [
  '2026-05-01T09:00:00.000Z',
  '2026-05-01T09:00:04.000Z',
  '2026-05-01T09:03:00.000Z',
] as const;

/** The lifecycle of one answered call, as sparse patches, plus a late insights event. */
export function callEvents(tenantId: string, sourceRecordId: string): InteractionUpsert[] {
  const base = (occurredAt: string, metadata: InteractionUpsert['metadata'], extra = {}) => ({
    ...makeInteractionUpsert({ tenantId, sourceRecordId, occurredAt, ...extra }),
    metadata,
  });
  return [
    base(T[0], { callType: 'ringing', callState: 'ringing', direction: 'inbound', lastEventAt: T[0] }),
    base(T[1], { callType: 'answered', callState: 'in_progress', answeredAt: T[1], lastEventAt: T[1] }),
    base(T[2], { callState: 'ended', endedAt: T[2], durationSeconds: 176, lastEventAt: T[2] }),
    base(
      T[2],
      { aiSummary: 'Asked for a quote.' },
      {
        insights: { summary: 'Asked for a quote.', modifiedAt: T[2] },
        contactId: 'contact-9',
      },
    ),
  ];
}
