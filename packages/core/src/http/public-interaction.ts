import { OWED_FLAGS } from '../ingest/owed.js';
import type { Interaction } from '../model/interaction.js';
import { AGENTS_SEEN } from '../model/merge-agent.js';
import { KEY_STAMPS } from '../model/merge-stamps.js';
import { TAGS_SEEN } from '../model/merge-tags.js';
import { type ServedStatusContext, servedWorkStatuses } from '../model/work-status.js';
import type { BridgeRuntime } from '../runtime.js';

/**
 * Metadata keys that are callbridge's own bookkeeping, not call data: the owed-announcement flags
 * (`OWED_FLAGS`, see `applyUpsert`), the AI pipeline's `aiAnnounced` marker (whether
 * `call_ai_completed` was sent, see `aiProcessHandler`) and the merge's per-fact event stamps
 * and the fields of every agent the events named (`keyStamps`, `agentsSeen`, `tagsSeen`, see
 * `mergeInteraction`). The store keeps them, since the write path
 * reads them; the calls API and the SSE stream leave them out. (`aiCompletedAt` and
 * `recordingFailures` are served: they say when the AI ran and how many downloads failed.)
 */
export const INTERNAL_METADATA_KEYS: readonly string[] = Object.freeze([
  ...Object.values(OWED_FLAGS),
  'aiAnnounced',
  KEY_STAMPS,
  AGENTS_SEEN,
  TAGS_SEEN,
]);

/**
 * The record as the calls API and the stream serve it: without {@link INTERNAL_METADATA_KEYS},
 * and with the 'pending' AI work statuses of a record no AI work will reach read 'skipped' (a
 * missed call or an SMS with no recording, voicemail or transcript, a call that ended more than
 * `DEFAULT_RECORDING_GRACE_MS` ago without one, judged at `Date.now()` (the calls API and the
 * stream use the bridge's clock and `recordings.graceMs`), or a call whose recording download
 * failed for good and that has no transcript; see `servedWorkStatuses`). The store keeps
 * 'pending', so the work runs and the statuses move on if a voicemail or recording comes later. Runs on every served record, so it returns the record itself when neither applies
 * (the common case) and copies only its metadata otherwise; the given record is never changed.
 */
export function publicInteraction(record: Interaction): Interaction {
  return withoutInternalKeys(record);
}

/** The served-status context of a bridge: its clock now, and its `recordings.graceMs`. */
export function servedContext(runtime: BridgeRuntime): ServedStatusContext {
  return { now: runtime.now(), recordingGraceMs: runtime.config.recordings?.graceMs };
}

/**
 * {@link publicInteraction} for a stream event's data, which the type system only knows as
 * unknown; `context` gives the time to judge the grace period at (the bridge's clock).
 */
export function withoutInternalKeys<T>(data: T, context: ServedStatusContext = {}): T {
  const metadata = (data as { metadata?: unknown } | null | undefined)?.metadata;
  if (typeof metadata !== 'object' || metadata === null) return data;
  const eventType = (data as { eventType?: unknown }).eventType;
  const statuses = servedWorkStatuses(metadata as Interaction['metadata'], context, eventType);
  const derived = Object.keys(statuses).length > 0;
  if (!derived && !INTERNAL_METADATA_KEYS.some((key) => Object.hasOwn(metadata, key))) return data;
  // A spread defines own properties, so a `__proto__` key stays plain data.
  const kept: Record<string, unknown> = { ...metadata, ...statuses };
  for (const key of INTERNAL_METADATA_KEYS) delete kept[key];
  return { ...data, metadata: kept };
}
