import type { CallEventInput } from '@callbridge/core';
import { agentOf, compact, isoOf, partyOf, ringoverDeliveryId } from '../normalize/common.js';
import type { RingoverCallRow } from './schema.js';

const MISSED_STATES = new Set(['MISSED', 'QUEUE_TIMEOUT', 'CANCELLED', 'BUSY', 'FAILED']);

/**
 * A leg that rang unanswered and was passed on: the call went on elsewhere, and another row of
 * the same `call_id` says how it ended. Read as "it rang" (which never outranks what the call
 * became), not as a missed call, which would outrank the answer of the next leg.
 */
const PASSED_ON_STATES = new Set(['NOANSWER_TRANSFERED']);

/**
 * A leg answered and then transferred (`BLIND_TRANSFERED`, `PERMANENT_TRANSFERED`, ...): the call
 * was answered then, and went on elsewhere. Read as "answered" (its answer time and agent), never
 * as the end of the call, which the last leg's row gives.
 */
function transferredAfterAnswer(state: string, row: RingoverCallRow): boolean {
  return /_TRANSFE?RR?ED$/.test(state) && !PASSED_ON_STATES.has(state) && row.answered_time != null;
}

/**
 * A `/calls` row as the CallEvent its webhook would have produced: same `sourceRecordId`
 * (`call_id`), so a call stored from the webhook and from reconciliation is one record, and the
 * same `deliveryId` (`call:hangup|answered|missed|voicemail|ringing:<call_id>:<channel_id>`) when the channel is
 * known. `/calls` rows usually carry `channel_id: null`: pass the channel the webhook stored
 * (the record's `sessionId`) as `knownChannelId` to get the webhook's delivery id; reconciliation
 * does. Without it, the row's delivery id has no channel and merges into the record as a second
 * delivery.
 */
export function callRowToEvent(
  row: RingoverCallRow,
  tenantId: string,
  nowMs: number = Date.now(),
  knownChannelId: string | null = null,
): CallEventInput {
  const channelId = row.channel_id ?? knownChannelId;
  const state = row.last_state?.toUpperCase() ?? '';
  // A missed or passed-on state wins over an answered_time (the IVR or a queue may have picked up).
  const answered =
    state === 'ANSWERED' || (!MISSED_STATES.has(state) && !PASSED_ON_STATES.has(state) && row.answered_time);
  const event =
    state === 'VOICEMAIL'
      ? 'voicemail'
      : transferredAfterAnswer(state, row)
        ? 'answered'
        : answered
          ? 'hangup'
          : PASSED_ON_STATES.has(state)
            ? 'ringing'
            : 'missed';
  const kind = event === 'hangup' ? 'ended' : event;
  // The end of a leg that rang or was transferred is not the end of the call.
  const passedOn = event === 'ringing' || event === 'answered';
  const duration = passedOn
    ? null
    : event === 'hangup'
      ? (row.incall_duration ?? row.total_duration ?? null)
      : (row.total_duration ?? null);
  const mediaUrl =
    event === 'ringing' ? null : event === 'voicemail' ? (row.voicemail ?? row.record) : row.record;
  return {
    provider: 'ringover',
    tenantId,
    sourceRecordId: row.call_id,
    sourceSessionId: channelId,
    deliveryId: ringoverDeliveryId('call', event, row.call_id, channelId),
    kind,
    channel: 'CALL',
    direction: row.direction,
    from: partyOf(row.from_number),
    to: partyOf(row.to_number),
    occurredAt: isoOf(
      (event === 'answered' ? row.answered_time : passedOn ? null : row.end_time) ??
        row.start_time ??
        nowMs / 1000,
    ) as string,
    startedAt: isoOf(row.start_time),
    answeredAt: isoOf(row.answered_time),
    endedAt: passedOn ? null : isoOf(row.end_time),
    durationSeconds: duration,
    recording: mediaUrl ? { url: mediaUrl, type: event === 'voicemail' ? 'voicemail' : 'recording' } : null,
    agent: agentOf(row.user, null),
    tags: row.tags,
    extra: compact({ ringoverLastState: row.last_state, reconciled: true }),
    raw: row,
  };
}
