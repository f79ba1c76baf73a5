import type { CallEventInput, CallType } from '@callbridge/core';
import { callRecordings, type OtherRecording } from './recordings.js';
import type { CallLogRecord } from './schema.js';

const ANSWERED = new Set(['accepted', 'call connected', 'reply', 'in progress', 'answered elsewhere']);
const IN_PROGRESS = 'in progress';

/**
 * True for a row of a call still going on (result "In Progress"): its duration and recording are
 * not final, so it is read again until the call log gives its final result.
 */
export function isInProgress(record: CallLogRecord): boolean {
  return (record.result ?? '').trim().toLowerCase() === IN_PROGRESS;
}
const UNKNOWN = new Set(['unknown', '']);

/** The call outcome a call-log `result` means: answered, missed, voicemail, or null when unknown. */
export function callTypeOfResult(result: string | null | undefined): Exclude<CallType, 'ringing'> | null {
  const r = (result ?? '').trim().toLowerCase();
  if (UNKNOWN.has(r)) return null;
  if (r.includes('voicemail')) return 'voicemail';
  if (ANSWERED.has(r)) return 'answered';
  return 'missed';
}

function direction(value: string | null | undefined): 'inbound' | 'outbound' | null {
  const v = value?.toLowerCase();
  return v === 'inbound' || v === 'outbound' ? v : null;
}

/**
 * A call-log record with a recording → two CallEvents keyed on the recording id (which is what
 * RingSense calls `sourceRecordId`): the call's outcome (`ended` with answeredAt, `missed` or
 * `voicemail`) and `recording_available` with the media `contentUri` (bearer auth). Records
 * without a recording give nothing: insights and downloads need the recording id.
 *
 * In the Detailed view the legs count too (see `callRecordings`): a call recorded on a leg only
 * is keyed on and gets that recording; with several, the record's own recording is the main one,
 * else the longest recorded leg's, and both events list the others once in
 * `extra.otherRecordings`. A row still "In Progress" is answered only when the record has its own
 * recording: a recording chosen among the legs could change as legs are added. A row read again
 * after it changed passes the recording its record is keyed on as `mainRecordingId` (see
 * `callRecordings`); a final row's events are dated its `lastModifiedTime` (see `rowTime`).
 */
export function normalizeCallLogRecord(
  record: CallLogRecord,
  tenantId: string,
  options: { mainRecordingId?: string | null } = {},
): CallEventInput[] {
  if (record.deleted) return [];
  if (isInProgress(record)) {
    return record.recording ? [inProgressEvent(record, record.recording.id, tenantId)] : [];
  }
  const { main: recording, others } = callRecordings(record, options.mainRecordingId ?? null);
  if (!recording) return [];
  const startedAt = record.startTime;
  const duration = record.duration ?? null;
  const endedAt = duration !== null ? new Date(Date.parse(startedAt) + duration * 1000).toISOString() : null;
  const callType = callTypeOfResult(record.result);
  // A row modified after it was read (a recording added on a leg) is a new delivery of its own.
  const version = record.lastModifiedTime ? `.${record.lastModifiedTime}` : '';
  const base = {
    ...common(record, recording.id, tenantId, others),
    occurredAt: rowTime(record),
    durationSeconds: duration,
  };
  const events: CallEventInput[] = [];
  if (callType) {
    events.push({
      ...base,
      deliveryId: `ringcentral.calllog.${record.id}.outcome${version}`,
      kind: callType === 'answered' ? 'ended' : callType,
      // The call log has no answer time: its start stands in for it until an exact one arrives.
      ...(callType === 'answered'
        ? { answeredAt: startedAt, answeredAtEstimated: true }
        : { answeredAt: null }),
      endedAt,
    });
  }
  events.push({
    ...base,
    deliveryId: `ringcentral.calllog.${record.id}.recording${version}`,
    kind: 'recording_available',
    endedAt,
    recording: {
      url: recording.contentUri,
      id: recording.id,
      requiresAuth: true,
      type: callType === 'voicemail' ? 'voicemail' : 'recording',
    },
  });
  return events;
}

/**
 * When a final row's events happened: its `lastModifiedTime` (Detailed view), else (Simple view,
 * or a time earlier than the start or unreadable) its start. Core stamps a call's facts and
 * provider facts (`otherRecordings`, `callResult`) with it, so a row read again after it changed
 * wins over what its earlier read stored, in any order; the call's times (`startedAt`,
 * `answeredAt`, `endedAt`) stay the row's own.
 */
export function rowTime(record: CallLogRecord): string {
  const modified = record.lastModifiedTime ? Date.parse(record.lastModifiedTime) : Number.NaN;
  const start = Date.parse(record.startTime);
  return Number.isFinite(modified) && !(modified < start)
    ? new Date(modified).toISOString()
    : record.startTime;
}

/**
 * A party's phone number, else its extension number written `ext. 101`: an extension is not a
 * phone number, and bare digits ("30123") would be read as one (+4930123 in Germany).
 */
function partyRaw(party: CallLogRecord['from']): string | null {
  if (party?.phoneNumber) return party.phoneNumber;
  return party?.extensionNumber ? `ext. ${party.extensionNumber}` : null;
}

/** What every event of a call-log row says; `others`: the call's other recordings, when it has any. */
function common(record: CallLogRecord, recordingId: string, tenantId: string, others: OtherRecording[] = []) {
  return {
    provider: 'ringcentral' as const,
    tenantId,
    sourceRecordId: recordingId,
    sourceSessionId: record.telephonySessionId ?? null,
    direction: direction(record.direction),
    from: { raw: partyRaw(record.from), e164: null },
    to: { raw: partyRaw(record.to), e164: null },
    occurredAt: record.startTime,
    startedAt: record.startTime,
    reason: record.reason ?? null,
    extra: {
      callLogId: record.id,
      callResult: record.result ?? null,
      ...(others.length > 0 ? { otherRecordings: others } : {}),
    },
    raw: record,
  };
}

/**
 * A call still going on: `answered`, with no end, duration or recording yet (the recording is not
 * complete). Its own delivery id, so the final row's outcome and recording are new deliveries.
 */
function inProgressEvent(record: CallLogRecord, recordingId: string, tenantId: string): CallEventInput {
  return {
    ...common(record, recordingId, tenantId),
    deliveryId: `ringcentral.calllog.${record.id}.progress`,
    kind: 'answered',
    answeredAt: record.startTime,
    answeredAtEstimated: true,
  };
}
