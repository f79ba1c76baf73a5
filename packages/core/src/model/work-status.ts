import type { InteractionMetadata } from './interaction.js';

/** The statuses of the AI work on a call's audio (transcribe → summarize → sentiment → tasks). */
export const WORK_STATUS_KEYS = [
  'transcriptStatus',
  'summaryStatus',
  'sentimentStatus',
  'tasksStatus',
] as const;

/** True when some AI work status of the record is 'completed' (by the provider or the AI pipeline). */
export function hasCompletedAi(metadata: InteractionMetadata): boolean {
  return WORK_STATUS_KEYS.some((key) => metadata[key] === 'completed');
}

const present = (value: unknown): boolean => typeof value === 'string' && value !== '';

/**
 * How long after a call ended its AI statuses are served 'pending' while no recording came: 6
 * hours. Providers send a recording minutes after the hangup, a reconciliation of the call log
 * within hours; past that, a call without one most likely has none (recording off, a call too
 * short to keep) and its statuses are served 'skipped' (see {@link servedWorkStatuses}).
 */
export const DEFAULT_RECORDING_GRACE_MS = 6 * 60 * 60 * 1000;

/** What the served statuses depend on besides the metadata. */
export interface ServedStatusContext {
  /** The time to judge the grace period at, in ms since the epoch; default `Date.now()`. */
  now?: number;
  /** The bridge's `recordings.graceMs`; default {@link DEFAULT_RECORDING_GRACE_MS}. */
  recordingGraceMs?: number;
}

/** True when the record has no recording, voicemail or transcript: nothing for the AI work. */
function hasNoAudio(metadata: InteractionMetadata): boolean {
  return !present(metadata.recordingUrl) && !present(metadata.voicemailUrl) && !present(metadata.transcript);
}

/**
 * True when the AI work has nothing to run on: the call was missed and no recording, voicemail
 * or transcript came (yet). Read from the merged record, so it does not depend on the order its
 * events arrived in; a voicemail or recording that comes later makes it false again.
 */
export function hasNothingToProcess(metadata: InteractionMetadata): boolean {
  return metadata.callType === 'missed' && hasNoAudio(metadata);
}

/** When the call ended in ms (its `endedAt`, else its last event's time); null when unknown. */
function endedAtMs(metadata: InteractionMetadata): number | null {
  const ended = present(metadata.endedAt) ? Date.parse(metadata.endedAt as string) : Number.NaN;
  if (!Number.isNaN(ended)) return ended;
  const last = present(metadata.lastEventAt) ? Date.parse(metadata.lastEventAt as string) : Number.NaN;
  return Number.isNaN(last) ? null : last;
}

/**
 * True when no AI work will reach the record as it is, so its 'pending' statuses are served
 * 'skipped':
 * - a call whose recording (or voicemail) download failed for good and that has no transcript:
 *   the AI work runs on the stored recording (a newer link re-arms the download, 'pending' again);
 *
 * and, while the record has no recording, voicemail or transcript:
 * - a missed call ({@link hasNothingToProcess});
 * - an SMS (the AI work runs on a call's audio);
 * - a call that ended (any outcome) more than `recordingGraceMs` ago, counted from its `endedAt`,
 *   or its last event's time when it has none.
 */
function noAiWorkComing(
  metadata: InteractionMetadata,
  context: ServedStatusContext,
  eventType: unknown,
): boolean {
  if (metadata.recordingStatus === 'failed' && !present(metadata.transcript)) return true;
  if (!hasNoAudio(metadata)) return false;
  if (metadata.callType === 'missed' || eventType === 'SMS') return true;
  if (metadata.callState !== 'ended') return false;
  const ended = endedAtMs(metadata);
  if (ended === null) return false;
  const grace = context.recordingGraceMs ?? DEFAULT_RECORDING_GRACE_MS;
  return (context.now ?? Date.now()) - ended > grace;
}

/**
 * The work statuses a record is served with that differ from the stored ones: each 'pending'
 * status of a record no AI work will reach reads 'skipped' (a missed call or an SMS without a
 * recording, voicemail or transcript, a call that ended more than the grace period ago without
 * one, a recording whose download failed for good; see `noAiWorkComing`), so it does not show
 * "transcript pending" forever. The store keeps 'pending': the work starts if a voicemail or
 * recording comes (or a newer link re-arms the download), and the statuses read 'pending' again. Empty when nothing differs (most records: checked first, without parsing a time).
 * `eventType` is the record's (an SMS has no audio to run the AI work on).
 */
export function servedWorkStatuses(
  metadata: InteractionMetadata,
  context: ServedStatusContext = {},
  eventType: unknown = 'CALL',
): Partial<InteractionMetadata> {
  const anyPending =
    metadata.transcriptStatus === 'pending' ||
    metadata.summaryStatus === 'pending' ||
    metadata.sentimentStatus === 'pending' ||
    metadata.tasksStatus === 'pending';
  if (!anyPending || !noAiWorkComing(metadata, context, eventType)) return {};
  const served: Partial<InteractionMetadata> = {};
  for (const key of WORK_STATUS_KEYS) if (metadata[key] === 'pending') served[key] = 'skipped';
  return served;
}

/**
 * Sets, in place on an event's upsert metadata, the AI work statuses a bridge that runs no AI
 * work (no `ai` ports, or `background: false`) stores with it: 'skipped' for each status the event does not set itself (a provider's
 * insights set theirs 'completed'). Stored, not derived when served, because the bridge that
 * stores the call is the one that enqueues its work or not: a call keeps what was true when it
 * came, so AI ports added later process new calls while the old ones do not read 'pending'
 * forever. The merge lets a 'skipped' replace only 'pending', so any order of events gives one
 * record, and the work's own statuses (processing, completed, failed) replace it.
 *
 * Four named stores, not a spread or a loop of keyed stores: either turns the patch into a slow
 * dictionary-mode object in V8, which the merge then pays for on every key (measured: about a
 * third more CPU per webhook).
 */
export function skipAiWork(metadata: InteractionMetadata): void {
  if (!present(metadata.transcriptStatus)) metadata.transcriptStatus = 'skipped';
  if (!present(metadata.summaryStatus)) metadata.summaryStatus = 'skipped';
  if (!present(metadata.sentimentStatus)) metadata.sentimentStatus = 'skipped';
  if (!present(metadata.tasksStatus)) metadata.tasksStatus = 'skipped';
}
