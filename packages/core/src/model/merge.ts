import { clonePlain, detachValues } from '../json/clone.js';
import { renderInteractionText } from '../render/index.js';
import type { Interaction, InteractionMetadata, InteractionUpsert, UpsertResult } from './interaction.js';
import { insightsAge, insightsStamp, mergeInsights } from './merge-insights.js';
import { type Meta, mergeMetadata, time } from './merge-metadata.js';
import { KEY_STAMPS, stampsOf } from './merge-stamps.js';

export { INSIGHT_METADATA_KEYS, LIFECYCLE_KEYS } from './merge-metadata.js';

/** Where `mergeInteraction` gets the id of a new record and the time of the change. */
export interface MergeIds {
  /** Returns the id of a record being created (called at most once). */
  id: () => string;
  /** ISO time written to createdAt / updatedAt. */
  now: string;
}

/** Metadata of a freshly created record, before the first patch is merged in. */
export function defaultMetadata(sourceRecordId: string, occurredAt: string): InteractionMetadata {
  return {
    callId: sourceRecordId,
    sessionId: null,
    direction: null,
    callerNumber: null,
    calleeNumber: null,
    callerNumberRaw: null,
    calleeNumberRaw: null,
    durationSeconds: null,
    callType: 'ringing',
    callState: 'ringing',
    startedAt: null,
    answeredAt: null,
    answeredAtEstimated: null,
    endedAt: null,
    reason: null,
    answeringMachine: null,
    agent: null,
    recordingUrl: null,
    recordingId: null,
    recordingRequiresAuth: false,
    recordingDurationSeconds: null,
    recordingStatus: 'none',
    recordingBlobKey: null,
    recordingContentType: null,
    recordingAt: null,
    voicemailUrl: null,
    transcriptStatus: 'pending',
    transcript: null,
    transcriptUrl: null,
    summaryStatus: 'pending',
    aiSummary: null,
    sentimentScore: null,
    sentimentLabel: null,
    tasksGenerated: false,
    extractedTasks: [],
    tags: [],
    comments: null,
    text: null,
    lastEventAt: occurredAt,
    insightsModifiedAt: null,
    lastError: null,
  };
}

/** Structural equality of JSON-like values (key order ignored, undefined keys ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) if (!deepEqual(ao[key], bo[key])) return false;
  return true;
}

/**
 * The contact and case of the merged record. A patch without a contact keeps the stored link (its
 * case, if any, is set). A patch naming another contact brings its own case, even none: the case
 * always belongs to the contact. A guessed link (`linkIsGuess`) only fills a record without a contact.
 */
function mergeLink(
  existing: Interaction | null,
  input: InteractionUpsert,
): { caseId: string | null; contactId: string | null } {
  const contactId = existing?.contactId ?? null;
  const caseId = existing?.caseId ?? null;
  if (input.contactId === null) return { caseId: input.caseId ?? caseId, contactId };
  if (input.linkIsGuess === true && contactId !== null) return { caseId, contactId };
  if (input.contactId !== contactId) return { caseId: input.caseId, contactId: input.contactId };
  return { caseId: input.caseId ?? caseId, contactId };
}

/**
 * Merges a sparse upsert into the stored record (or creates it). Pure: the single source of the
 * merge rules every `InteractionStore` applies atomically. The rules:
 *
 * - **Create**: with no `existing`, a record is built with `ids.id()`, version 1, createdAt =
 *   updatedAt = `ids.now` and `defaultMetadata` (callType / callState 'ringing', transcript and
 *   summary 'pending', recordingStatus 'none', tasksGenerated false, empty tasks and tags, every
 *   other known key null) before the patch is merged in.
 * - **No erase**: undefined or null in the patch never replaces a stored value.
 * - **Lifecycle** (`LIFECYCLE_KEYS`): callType and callState only move forward by
 *   `CALL_TYPE_RANK` / `CALL_STATE_RANK`. A patch is stale when its callType ranks lower than the
 *   stored one, or ranks the same (or is absent) and its callState ranks lower (an 'answered'
 *   event arriving after 'ended'). A stale patch only fills keys that are still null, lifecycle
 *   keys and the other metadata keys alike (agent, numbers, links), so a stale 'ringing' or
 *   'answered' after 'ended' changes nothing and arrival order does not matter.
 * - **Facts events disagree on** (`STAMPED_KEYS`: sessionId, direction, the numbers, duration,
 *   endedAt, reason, answeringMachine, agent, text; and answeredAt): each keeps the value of the
 *   event with the later moment of the call (callState rank, then callType rank), then the later
 *   event (`lastEventAt`), then the larger value as JSON, so two answers (a transfer) or two ends
 *   (a corrected duration) give the same record in any order. The stamp of each kept value is in
 *   `metadata.keyStamps` (bookkeeping, not served). A value stored without a stamp (before stamps
 *   were kept, or by an upsert that is not an event, i.e. without `lastEventAt`) follows the rule
 *   by arrival: a patch that is not stale wins.
 * - **Times**: occurredAt keeps the earliest, metadata.startedAt the earliest non-null,
 *   metadata.lastEventAt the latest event time (a new record's is its event's, not the call start).
 * - **Insights** and insight metadata (`INSIGHT_METADATA_KEYS`, insightsModifiedAt): merged per
 *   field. A patch's fields are stamped with its modification time (insights.modifiedAt, or
 *   metadata.insightsModifiedAt), else its event's time (`lastEventAt`); each field keeps the
 *   value of the newer stamp, then the larger value as JSON, in any arrival order (stamps in
 *   `metadata.keyStamps`, under `insights.<field>` for the insights object). A missing field is
 *   always filled; a field stored without a stamp is replaced unless the patch's modification
 *   time is older. insightsModifiedAt and insights.modifiedAt keep the newest.
 * - **answeredAt**: an exact time replaces an estimate (`answeredAtEstimated`) in any order, an
 *   estimate never replaces an exact time.
 * - **Recording links** (`recordingUrl`, `voicemailUrl`): a link that needs the provider's
 *   credentials (`recordingRequiresAuth`) beats a public one; otherwise the newer event's link
 *   (`recordingAt`) wins, then the larger URL, then the larger id and duration. The link moves
 *   with its own facts (recordingRequiresAuth, recordingAt, recordingId,
 *   recordingDurationSeconds: another link's never stay on it), whatever moment of the call its
 *   event reports (staleness does not apply). The voicemail link is chosen the same way among the
 *   patches that carry one, so a voicemail's public link losing to a credentialed call recording
 *   still sets it.
 * - **Work statuses**: 'pending' never replaces a status further along, 'skipped' replaces only
 *   'pending' (a bridge that runs no AI work stores it; see `skipAiWork`),
 *   recordingStatus 'none' never replaces a set one and 'available' never replaces 'downloading'
 *   or 'stored'.
 * - **Tags**: the newest whole tag list (`tagsAt`, from an event with `tagsComplete`; on equal
 *   times the larger list), then the tags events added without a list after it, by event time
 *   and name: a tag added before the newest list is that list's to keep or drop. What they are
 *   made of is kept in `metadata.tagsSeen` (bookkeeping, not served; see `mergeTags`).
 * - **Comments**: a comment with its time (`commentsAt`, from a note or after-call event) replaces
 *   the stored one when it is the newest (the larger text on equal times).
 * - **contactId / caseId**: a non-null patch contact sets them (a later match updates them); a
 *   patch that changes the contact brings its own case, even none; a null patch contact keeps the
 *   stored link; a guessed link (`linkIsGuess`) only fills a record without a contact.
 * - **Agent** (with an id): the record names the agent of the winning event (stamps as above; on
 *   equal stamps the larger id), with every field any event gave that agent id, each field by
 *   the same stamp rule (`metadata.agentsSeen`, bookkeeping, not served; see `mergeAgent`), so
 *   a null name or email never erases one and the result does not depend on arrival order. An
 *   agent without an id is a stamped value like the other facts.
 * - A provider's `extra` facts (keys the model does not define) from an event: by the same
 *   stamps as the call facts, so two call-log rows with different results converge.
 * - Any other present metadata key (your own keys, from upserts without `lastEventAt`): the
 *   patch wins, unless it is stale (see Lifecycle).
 * - **Text**: title and body are rendered from the merged metadata in `input.locale`.
 * - **Version**: when the merged record deep-equals the stored one, `changed` is false and the
 *   stored record is returned as is; otherwise version + 1 and updatedAt = `ids.now`.
 */
export function mergeInteraction(
  existing: Interaction | null,
  input: InteractionUpsert,
  ids: MergeIds,
): UpsertResult {
  // A new record's lastEventAt is its event's time (the upsert's occurredAt may be the call start).
  const eventAt =
    typeof input.metadata.lastEventAt === 'string' ? input.metadata.lastEventAt : input.occurredAt;
  const base: Meta = existing ? existing.metadata : defaultMetadata(input.sourceRecordId, eventAt);
  const patchInsightsAt = input.insights?.modifiedAt ?? input.metadata.insightsModifiedAt;
  const metadata = mergeMetadata(
    base,
    input.metadata as Meta,
    patchInsightsAt,
    ids.now,
  ) as InteractionMetadata;
  const stamps = stampsOf(metadata);
  const insights = mergeInsights(existing?.insights ?? null, input.insights ?? null, {
    stamps,
    stamp: insightsStamp(patchInsightsAt, input.metadata.lastEventAt),
    older: insightsAge(existing?.insights?.modifiedAt, input.insights?.modifiedAt) === 'older',
  });
  if (Object.keys(stamps).length > 0 || KEY_STAMPS in metadata) metadata[KEY_STAMPS] = stamps;
  const eventType = existing?.eventType ?? input.eventType;
  const text = renderInteractionText({ eventType, metadata, locale: input.locale });
  const occurredAt =
    existing && time(existing.occurredAt) <= time(input.occurredAt) ? existing.occurredAt : input.occurredAt;
  const merged = {
    tenantId: input.tenantId,
    ...mergeLink(existing, input),
    source: input.source,
    sourceRecordId: input.sourceRecordId,
    eventType,
    title: text.title,
    body: text.body,
    occurredAt,
    // mergeMetadata built a new object: only its nested values (tags, agent...) need copies. The
    // spread gives the record fast properties again (see mergeMetadata) for every later step.
    metadata: detachValues({ ...metadata }),
    insights: clonePlain(insights),
  };
  if (!existing) {
    const interaction: Interaction = {
      id: ids.id(),
      ...merged,
      createdAt: ids.now,
      updatedAt: ids.now,
      version: 1,
    };
    return { interaction, created: true, changed: true };
  }
  const { id, createdAt, updatedAt, version, ...stored } = existing;
  if (deepEqual(stored, merged)) {
    return { interaction: clonePlain(existing), created: false, changed: false };
  }
  const interaction: Interaction = { id, ...merged, createdAt, updatedAt: ids.now, version: version + 1 };
  return { interaction, created: false, changed: true };
}
