import type { CallEventInput } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { callIdentity, directionOf, isoOf, partyOf } from './common.js';

/**
 * `call/ivr_response_code` as a note on the call carrying the code the caller typed
 * (`extra.ivrResponseCode`). Null without a `call_id` (nothing to attach it to).
 */
export function normalizeIvrResponse(
  event: RingoverEventOf<'call/ivr_response_code'>,
  tenantId: string,
  nowMs: number,
): CallEventInput | null {
  const d = event.data;
  if (!d.call_id) return null;
  return {
    ...callIdentity(event, tenantId, d.call_id),
    kind: 'note',
    channel: 'CALL',
    direction: directionOf(d.direction, null),
    from: partyOf(d.from_number),
    to: partyOf(d.to_number),
    occurredAt: isoOf(event.timestamp ?? nowMs / 1000) as string,
    extra: { ivrResponseCode: String(d.code) },
    raw: event,
  };
}
