import type { CallEventInput } from '@callbridge/core';
import type { CompatPayload } from '../schema/compat.js';
import { toEpochSeconds } from '../schema/primitives.js';
import { isoOf, partyOf } from './common.js';

const KIND: Record<string, CallEventInput['kind']> = {
  ringing: 'ringing',
  answered: 'ended',
  completed: 'ended',
  ended: 'ended',
  hangup: 'ended',
  missed: 'missed',
  voicemail: 'voicemail',
};

/**
 * The seed application's flat payload as a CallEvent. The seed posts finished calls, so
 * `answered` becomes an ended, answered call (started_at + duration give answer and end times).
 */
export function normalizeCompat(payload: CompatPayload, tenantId: string, nowMs: number): CallEventInput {
  const callType = payload.call_type.toLowerCase();
  const kind = KIND[callType] ?? 'ended';
  const started = payload.started_at ? toEpochSeconds(payload.started_at) : null;
  const duration = payload.duration_seconds ?? null;
  const ended = started !== null && duration !== null && kind !== 'ringing' ? started + duration : null;
  return {
    provider: 'ringover',
    tenantId,
    sourceRecordId: payload.call_id,
    deliveryId: `compat:${callType}:${payload.call_id}`,
    kind,
    channel: 'CALL',
    direction: payload.direction,
    from: partyOf(payload.caller_number),
    to: partyOf(payload.callee_number),
    occurredAt: isoOf(ended ?? started ?? nowMs / 1000) as string,
    startedAt: isoOf(started),
    answeredAt: kind === 'ended' && callType !== 'ended' ? isoOf(started) : null,
    endedAt: isoOf(ended),
    durationSeconds: duration,
    recording: payload.recording_url
      ? { url: payload.recording_url, type: 'recording', durationSeconds: duration }
      : null,
    raw: payload,
  };
}
