import type { CallEventInput, CheckpointStore } from '@callbridge/core';
import type { OtherRecording } from './recordings.js';

/**
 * Where a call's other recording (a transferred call recorded on several legs) names the
 * recording its record is keyed on, one CheckpointStore entry per tenant and recording. The
 * poller writes it as it reads the call; RingSense insights of that recording then join the
 * call's record instead of making one of their own.
 */
export const recordingAliasKey = (tenantId: string, recordingId: string): string =>
  `ringcentral/recording-alias/${encodeURIComponent(tenantId)}/${encodeURIComponent(recordingId)}`;

const DAY_MS = 86_400_000;

/**
 * How long the poller remembers which recording keys a call-log row's record
 * ({@link callLogMainKey}): as long as the row can be read again, by a poll (which reaches
 * `overlapMs + maxCallDurationMs` back), the first poll without a checkpoint (`initialLookbackMs`)
 * or the daily reconciliation (the last 24 h), plus a day: 3 days with the defaults.
 */
export function callLogMainTtlMs(window: { lookBackMs: number; initialLookbackMs: number }): number {
  return Math.max(3 * DAY_MS, window.lookBackMs + DAY_MS, window.initialLookbackMs + DAY_MS);
}

/**
 * How long an other recording's alias ({@link recordingAliasKey}) is kept: RingSense sends a
 * call's insights within minutes to hours after it (two deliveries with AI Notes on) and may
 * redeliver or update them later; 30 days covers those, and never less than the row's own entry.
 */
export const recordingAliasTtlMs = (callLogMainTtl: number): number => Math.max(30 * DAY_MS, callLogMainTtl);

/** The alias TTL of a tenant's settings, as its poller sets it. */
export const recordingAliasTtlOf = (settings: {
  overlapMs: number;
  maxCallDurationMs: number;
  initialLookbackMs: number;
}): number =>
  recordingAliasTtlMs(
    callLogMainTtlMs({
      lookBackMs: settings.overlapMs + settings.maxCallDurationMs,
      initialLookbackMs: settings.initialLookbackMs,
    }),
  );

/** An entry of the map: the recording that keys the call's record, and the call-log row. */
export interface RecordingAlias {
  recordingId: string;
  callLogId: string | null;
}

/**
 * Remembers, for each other recording the events of one call-log row list, its record's key, for
 * `ttlMs` (see {@link recordingAliasTtlMs}).
 */
export async function rememberOtherRecordings(
  checkpoints: CheckpointStore,
  tenantId: string,
  events: readonly CallEventInput[],
  ttlMs: number,
): Promise<void> {
  const event = events[0];
  const others = event?.extra?.otherRecordings as OtherRecording[] | undefined;
  if (!event || !others?.length) return;
  const callLogId = typeof event.extra?.callLogId === 'string' ? event.extra.callLogId : null;
  for (const other of others) {
    if (other.id === event.sourceRecordId) continue;
    await checkpoints.set<RecordingAlias>(
      recordingAliasKey(tenantId, other.id),
      { recordingId: event.sourceRecordId, callLogId },
      { ttlMs },
    );
  }
}

/**
 * The recording id the record of `recordingId`'s call is keyed on, when the call log listed
 * `recordingId` as one of the call's other recordings for this tenant; else null. With
 * `refreshTtlMs`, a found alias is set again for that long (the webhook does, for insights).
 */
export async function mainRecordingOf(
  checkpoints: CheckpointStore,
  tenantId: string,
  recordingId: string,
  options: { refreshTtlMs?: () => Promise<number> } = {},
): Promise<string | null> {
  const key = recordingAliasKey(tenantId, recordingId);
  const alias = await checkpoints.get<RecordingAlias>(key);
  const main = alias?.recordingId;
  if (!(typeof main === 'string' && main !== recordingId)) return null;
  // Insights that use it keep it: a later update or redelivery of them still joins the call.
  if (alias && options.refreshTtlMs)
    await checkpoints.set(key, alias, { ttlMs: await options.refreshTtlMs() });
  return main;
}

/** The recording a call-log row's record is keyed on, per tenant and row id. */
export const callLogMainKey = (tenantId: string, callLogId: string): string =>
  `ringcentral/calllog-main/${encodeURIComponent(tenantId)}/${encodeURIComponent(callLogId)}`;

/** The parts of a call-log row that name its recordings. */
interface RowRecordings {
  id: string;
  recording?: { id: string } | null;
  legs?: readonly { recording?: { id: string } | null }[] | null;
}

/**
 * The recording an earlier read of a row with recordings on its legs keyed the call's record on,
 * or null. Only such rows are remembered: a row whose only recording is its own keeps that key.
 * A row read before that was remembered (by an older release) falls back to the alias its other
 * recordings got then, while the row still lists the recording it names.
 */
export async function rememberedMainOf(
  checkpoints: CheckpointStore,
  tenantId: string,
  record: RowRecordings,
): Promise<string | null> {
  if (!record.legs?.some((leg) => leg.recording)) return null;
  const main = await checkpoints.get<string>(callLogMainKey(tenantId, record.id));
  if (typeof main === 'string') return main;
  const ids = new Set<string>();
  if (record.recording) ids.add(record.recording.id);
  for (const leg of record.legs) if (leg.recording) ids.add(leg.recording.id);
  for (const id of ids) {
    const aliased = await mainRecordingOf(checkpoints, tenantId, id);
    if (aliased !== null && ids.has(aliased)) return aliased;
  }
  return null;
}

/**
 * Remembers the recording the events of a row with recordings on its legs are keyed on, for
 * `ttlMs` (see {@link callLogMainTtlMs}). Each read of the row sets it again, also when the
 * remembered recording already named it, so the entry lives `ttlMs` past the row's last read (or
 * comes back when it had expired while the row's aliases still named the recording).
 */
export async function rememberMain(
  checkpoints: CheckpointStore,
  tenantId: string,
  record: RowRecordings,
  events: readonly CallEventInput[],
  ttlMs: number,
): Promise<void> {
  const main = events[0]?.sourceRecordId;
  if (!main || !record.legs?.some((leg) => leg.recording)) return;
  await checkpoints.set(callLogMainKey(tenantId, record.id), main, { ttlMs });
}
