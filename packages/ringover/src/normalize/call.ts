import type { CallEventInput, RecordingRef } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { agentOf, callIdentity, compact, directionOf, isoOf, partyOf } from './common.js';

/** The call lifecycle webhooks. */
export type LifecycleEvent = RingoverEventOf<
  'call/ringing' | 'call/answered' | 'call/hangup' | 'call/missed' | 'call/voicemail'
>;

const KIND = {
  ringing: 'ringing',
  answered: 'answered',
  hangup: 'ended',
  missed: 'missed',
  voicemail: 'voicemail',
} as const;

function link(
  privateUrl: string | null,
  publicUrl: string | null,
  type: RecordingRef['type'],
  duration?: number | null,
) {
  const url = privateUrl ?? publicUrl;
  if (!url) return null;
  return { url, type, requiresAuth: privateUrl !== null, durationSeconds: duration ?? null };
}

/**
 * A call lifecycle webhook as a CallEvent: ringing, answered, ended (hangup, with duration,
 * recording and answering-machine detection), missed and voicemail (with reason and message link).
 * `private_*` links are preferred over the deprecated public CDN links.
 */
export function normalizeLifecycle(event: LifecycleEvent, tenantId: string, nowMs: number): CallEventInput {
  const d = event.data;
  const startedAt = d.start_time ?? d.start_date_time_atom ?? null;
  let answeredAt: number | null = null;
  let answeredAtEstimated = false;
  let endedAt: number | null = null;
  let duration: number | null = null;
  let recording: CallEventInput['recording'] = null;
  let reason: string | null = null;
  let answeringMachine: string | null = null;

  if (event.type === 'call/answered') {
    answeredAt = event.data.answered_time ?? event.data.answered_date_time_atom ?? null;
  } else if (event.type === 'call/hangup') {
    const h = event.data;
    endedAt = h.hangup_time ?? h.hangup_date_time_atom ?? null;
    duration = h.duration_in_seconds ?? null;
    answeredAt = h.answered_time ?? h.answered_date_time_atom ?? null;
    // A hangup follows a connected call: when Ringover omits answered_time, derive it from the
    // duration, never before the call started (a duration rounded up, or longer than the call).
    if (answeredAt === null && endedAt !== null && duration !== null) {
      answeredAt = startedAt !== null ? Math.max(startedAt, endedAt - duration) : endedAt - duration;
      answeredAtEstimated = true;
    }
    recording = link(h.private_record, h.record, 'recording', duration);
    answeringMachine = h.answering_machine_detection;
  } else if (event.type === 'call/missed') {
    endedAt = event.data.hangup_time ?? event.data.hangup_date_time_atom ?? null;
    reason = event.data.reason;
  } else if (event.type === 'call/voicemail') {
    const v = event.data;
    endedAt = v.hangup_time ?? v.hangup_date_time_atom ?? null;
    reason = v.reason;
    duration = v.duration_in_seconds ?? null;
    recording = link(v.private_message, v.message, 'voicemail');
  }
  const occurred =
    (event.type === 'call/ringing' ? startedAt : (endedAt ?? answeredAt)) ?? event.timestamp ?? nowMs / 1000;

  return {
    ...callIdentity(event, tenantId, d.call_id),
    kind: KIND[event.event],
    channel: 'CALL',
    direction: directionOf(d.direction, d.is_internal),
    from: partyOf(d.from_number),
    to: partyOf(d.to_number),
    occurredAt: isoOf(occurred) as string,
    startedAt: isoOf(startedAt),
    answeredAt: isoOf(answeredAt),
    ...(answeredAtEstimated ? { answeredAtEstimated } : {}),
    endedAt: isoOf(endedAt),
    durationSeconds: duration,
    recording,
    agent: agentOf(d.user, d.user_id ?? d.userId),
    reason,
    answeringMachine,
    extra: compact({
      ringoverCallUuid: d.id,
      isAnonymous: d.is_anonymous,
      isIvr: d.is_ivr,
      ivrName: d.ivr?.name ?? d.ivr_data?.ivrName,
      ivrScenario: d.ivr?.scenario?.name ?? d.ivr_data?.scenarioName,
    }),
    raw: event,
  };
}
