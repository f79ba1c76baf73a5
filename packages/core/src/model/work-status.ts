import type { InteractionMetadata } from './interaction.js';

/** The statuses of the AI work on a call's audio (transcribe → summarize → sentiment → tasks). */
export const WORK_STATUS_KEYS = [
  'transcriptStatus',
  'summaryStatus',
  'sentimentStatus',
  'tasksStatus',
] as const;

const present = (value: unknown): boolean => typeof value === 'string' && value !== '';

/**
 * True when the AI work has nothing to run on: the call was missed and no recording, voicemail
 * or transcript came (yet). Read from the merged record, so it does not depend on the order its
 * events arrived in; a voicemail or recording that comes later makes it false again.
 */
export function hasNothingToProcess(metadata: InteractionMetadata): boolean {
  return (
    metadata.callType === 'missed' &&
    !present(metadata.recordingUrl) &&
    !present(metadata.voicemailUrl) &&
    !present(metadata.transcript)
  );
}

/**
 * The work statuses a record is served with that differ from the stored ones: each 'pending'
 * status of a call with nothing to process ({@link hasNothingToProcess}) reads 'skipped', so a
 * missed call without a recording does not show "transcript pending" forever. The store keeps
 * 'pending' (the work starts if a voicemail or recording comes); empty when nothing differs.
 */
export function servedWorkStatuses(metadata: InteractionMetadata): Partial<InteractionMetadata> {
  if (!hasNothingToProcess(metadata)) return {};
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
