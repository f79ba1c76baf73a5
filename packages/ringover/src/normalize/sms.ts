import type { CallEventInput } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { agentOf, compact, directionOf, isoOf, partyOf, ringoverDeliveryId } from './common.js';

/** `sms/sent` and `sms/received`. */
export type SmsEvent = RingoverEventOf<'sms/sent' | 'sms/received'>;

/**
 * A text message as a CallEvent of kind `sms` on channel `SMS` (stored as an SMS interaction).
 * Its record id is the message id (`id`, else `message_id`), so it never merges into a call.
 * Returns null when the message carries no id at all.
 */
export function normalizeSms(event: SmsEvent, tenantId: string, nowMs: number): CallEventInput | null {
  const d = event.data;
  const id = d.id ?? (d.message_id ? `sms-${d.message_id}` : null);
  if (!id) return null;
  const fallbackDirection = event.event === 'sent' ? 'outbound' : 'inbound';
  return {
    provider: 'ringover',
    tenantId,
    sourceRecordId: id,
    sourceSessionId: d.conversation_id ?? null,
    deliveryId: ringoverDeliveryId(event.resource, event.event, id),
    kind: 'sms',
    channel: 'SMS',
    direction: directionOf(d.direction ?? fallbackDirection, d.is_internal),
    from: partyOf(d.from_number),
    to: partyOf(d.to_number),
    occurredAt: isoOf(d.time ?? event.timestamp ?? nowMs / 1000) as string,
    startedAt: isoOf(d.time ?? event.timestamp),
    text: d.body,
    agent: agentOf(null, d.user_id ?? d.userId),
    extra: compact({ conversationId: d.conversation_id, isCollaborative: d.is_collaborative }),
    raw: event,
  };
}
