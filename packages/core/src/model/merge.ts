import { clonePlain, detachValues } from '../json/clone.js';
import { renderInteractionText } from '../render/index.js';
import type { Insights } from './insights.js';
import {
  CALL_STATE_RANK,
  CALL_TYPE_RANK,
  type CallState,
  type CallType,
  type Interaction,
  type InteractionMetadata,
  type InteractionUpsert,
  type UpsertResult,
} from './interaction.js';

/** Where `mergeInteraction` gets the id of a new record and the time of the change. */
export interface MergeIds {
  /** Returns the id of a record being created (called at most once). */
  id: () => string;
  /** ISO time written to createdAt / updatedAt. */
  now: string;
}

type Meta = Record<string, unknown>;

/** Keys that follow the call lifecycle: never moved backwards by a stale event. */
export const LIFECYCLE_KEYS = [
  'callType',
  'callState',
  'durationSeconds',
  'endedAt',
  'answeredAt',
  'reason',
  'answeringMachine',
] as const;

/** Metadata derived from insights: merged per field by insights modification time. */
export const INSIGHT_METADATA_KEYS = [
  'transcript',
  'aiSummary',
  'sentimentScore',
  'sentimentLabel',
  'extractedTasks',
] as const;

const LIFECYCLE = new Set<string>(LIFECYCLE_KEYS);
const INSIGHT_META = new Set<string>(INSIGHT_METADATA_KEYS);
/** Keys with their own rule below. */
const SPECIAL = new Set([
  'startedAt',
  'lastEventAt',
  'insightsModifiedAt',
  'tags',
  'tagsAt',
  'answeredAtEstimated',
]);
/** Work statuses whose initial values never replace a status further along. */
const WORK_STATUS_KEYS = new Set(['transcriptStatus', 'summaryStatus', 'sentimentStatus', 'tasksStatus']);
const RECORDING_PROGRESSED = new Set(['downloading', 'stored']);

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

const present = (v: unknown): boolean => v !== undefined && v !== null;
const time = (iso: string): number => Date.parse(iso);

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

/** Whether the patch insights are older than the stored ones (not comparable counts as newer). */
function insightsAge(existingAt: unknown, patchAt: unknown): 'older' | 'newer' {
  if (typeof existingAt !== 'string' || typeof patchAt !== 'string') return 'newer';
  return time(patchAt) < time(existingAt) ? 'older' : 'newer';
}

/**
 * A patch is stale when it is from an earlier moment of the call than the record: a lower callType
 * rank, or the same (or no) callType and a lower callState rank ('answered' / in_progress after
 * 'ended' / ended).
 */
function isStaleLifecycle(current: Meta, patch: Meta): boolean {
  if (present(patch.callType)) {
    const existing = (current.callType ?? 'ringing') as CallType;
    const diff = CALL_TYPE_RANK[patch.callType as CallType] - CALL_TYPE_RANK[existing];
    if (diff !== 0) return diff < 0;
  }
  if (!present(patch.callState) || !present(current.callState)) return false;
  return CALL_STATE_RANK[patch.callState as CallState] < CALL_STATE_RANK[current.callState as CallState];
}

/**
 * An exact answer time replaces an estimated one even from an earlier moment of the call, and an
 * estimate never replaces an exact time (a stored time without the flag counts as exact); between
 * two of the same kind the lifecycle rule decides.
 */
function mergeAnsweredAt(out: Meta, patch: Meta, stale: boolean): void {
  if (!present(patch.answeredAt)) return;
  const patchEstimated = patch.answeredAtEstimated === true;
  const storedEstimated = out.answeredAtEstimated === true;
  if (present(out.answeredAt) && patchEstimated !== storedEstimated) {
    if (patchEstimated) return;
  } else if (stale && present(out.answeredAt)) {
    return;
  }
  out.answeredAt = patch.answeredAt;
  out.answeredAtEstimated = patchEstimated;
}

function mergeLifecycle(out: Meta, patch: Meta, stale: boolean): void {
  for (const key of LIFECYCLE_KEYS) {
    const value = patch[key];
    if (!present(value)) continue;
    if (key === 'answeredAt') {
      mergeAnsweredAt(out, patch, stale);
    } else if (key === 'callType') {
      const rank = CALL_TYPE_RANK[value as CallType];
      if (!present(out.callType) || rank > CALL_TYPE_RANK[out.callType as CallType]) out.callType = value;
    } else if (key === 'callState') {
      const rank = CALL_STATE_RANK[value as CallState];
      if (!present(out.callState) || rank > CALL_STATE_RANK[out.callState as CallState])
        out.callState = value;
    } else if (!stale || !present(out[key])) {
      out[key] = value;
    }
  }
}

function mergeStatus(out: Meta, key: string, value: unknown): void {
  const current = out[key];
  if (WORK_STATUS_KEYS.has(key) && value === 'pending' && present(current) && current !== 'pending') return;
  if (key === 'recordingStatus') {
    if (value === 'none' && present(current)) return;
    if (value === 'available' && RECORDING_PROGRESSED.has(current as string)) return;
  }
  out[key] = value;
}

/**
 * True when the record keeps its recording link against the patch's, so the link does not depend
 * on arrival order: a link that needs the provider's credentials beats a public one (Ringover's
 * `private_*` links are the lasting ones, its public CDN links are deprecated); otherwise the link
 * of the newer event (`recordingAt`) wins, and on equal times the larger URL.
 */
function keepsStoredLink(current: Meta, patch: Meta): boolean {
  if (!present(patch.recordingUrl) || !present(current.recordingUrl)) return false;
  const storedAuth = current.recordingRequiresAuth === true;
  const patchAuth = patch.recordingRequiresAuth === true;
  if (storedAuth !== patchAuth) return storedAuth;
  if (typeof patch.recordingAt !== 'string' || typeof current.recordingAt !== 'string') return false;
  const patchAt = time(patch.recordingAt);
  const storedAt = time(current.recordingAt);
  return (
    patchAt < storedAt || (patchAt === storedAt && String(patch.recordingUrl) < String(current.recordingUrl))
  );
}

const LINK_KEYS = new Set(['recordingUrl', 'voicemailUrl', 'recordingRequiresAuth', 'recordingAt']);

function mergeMetadata(current: Meta, patch: Meta, patchInsightsAt: unknown): Meta {
  const out: Meta = { ...current };
  const keepLink = keepsStoredLink(current, patch);
  const stale = isStaleLifecycle(current, patch);
  mergeLifecycle(out, patch, stale);
  const existingInsightsAt = current.insightsModifiedAt;
  const olderInsights = insightsAge(existingInsightsAt, patchInsightsAt) === 'older';
  for (const [key, value] of Object.entries(patch)) {
    if (!present(value) || LIFECYCLE.has(key) || SPECIAL.has(key)) continue;
    // A kept link keeps its voicemail link too, but a record without one still gets the patch's:
    // a voicemail's public link losing to a credentialed call recording is still a voicemail.
    if (keepLink && LINK_KEYS.has(key) && (key !== 'voicemailUrl' || present(out[key]))) continue;
    if (INSIGHT_META.has(key)) {
      if (!olderInsights || !present(out[key]) || (Array.isArray(out[key]) && !(out[key] as []).length)) {
        out[key] = value;
      }
    } else if (key === 'recordingStatus' || WORK_STATUS_KEYS.has(key)) {
      mergeStatus(out, key, value);
    } else if (key === 'agent' && sameAgent(out.agent, value)) {
      // No erase inside the agent either: the newer event's present fields win, null ones keep
      // what the other event said (Ringover's hangup names the agent by id and email only).
      out.agent = stale
        ? fillNulls(out.agent as Meta, value as Meta)
        : fillNulls(value as Meta, out.agent as Meta);
    } else if (!stale || !present(out[key])) {
      // A stale patch (an earlier moment of the call) only fills what is missing: a late
      // 'ringing' does not bring back the agent it rang.
      out[key] = value;
    }
  }
  if (present(patch.startedAt)) {
    const s = patch.startedAt as string;
    if (!present(out.startedAt) || time(s) < time(out.startedAt as string)) out.startedAt = s;
  }
  if (present(patch.lastEventAt)) {
    const l = patch.lastEventAt as string;
    if (!present(out.lastEventAt) || time(l) > time(out.lastEventAt as string)) out.lastEventAt = l;
  }
  if (Array.isArray(patch.tags)) mergeTags(out, patch.tags as string[], patch.tagsAt);
  const newestAt = latest(existingInsightsAt, patchInsightsAt);
  if (newestAt !== null) out.insightsModifiedAt = newestAt;
  return out;
}

/** Two agent objects with the same non-null id. */
function sameAgent(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const id = (a as Meta).id;
  return present(id) && id === (b as Meta).id;
}

/** `primary` with its null or absent fields taken from `fallback`. */
function fillNulls(primary: Meta, fallback: Meta): Meta {
  const out: Meta = { ...fallback };
  for (const [key, value] of Object.entries(primary))
    if (present(value) || !present(out[key])) out[key] = value;
  return out;
}

/**
 * A whole tag list with its time (`tagsAt`) replaces the stored tags when it is newer than the
 * stored list (on equal times, the larger list as JSON wins, so the result does not depend on
 * arrival order); an older one changes nothing. Tags without a time are added to the stored ones.
 */
function mergeTags(out: Meta, tags: string[], tagsAt: unknown): void {
  const stored = Array.isArray(out.tags) ? (out.tags as string[]) : [];
  if (typeof tagsAt !== 'string') {
    out.tags = [...stored, ...tags.filter((tag) => !stored.includes(tag))];
    return;
  }
  const storedAt = typeof out.tagsAt === 'string' ? out.tagsAt : null;
  const newer =
    storedAt === null ||
    time(tagsAt) > time(storedAt) ||
    (time(tagsAt) === time(storedAt) && JSON.stringify(tags) > JSON.stringify(stored));
  if (!newer) return;
  out.tags = [...new Set(tags)];
  out.tagsAt = tagsAt;
}

function latest(a: unknown, b: unknown): string | null {
  const as = typeof a === 'string' ? a : null;
  const bs = typeof b === 'string' ? b : null;
  if (as === null || bs === null) return as ?? bs;
  return time(bs) > time(as) ? bs : as;
}

function mergeInsights(current: Insights | null, patch: Insights | null): Insights | null {
  if (!patch) return current;
  if (!current) return patch;
  const older = insightsAge(current.modifiedAt, patch.modifiedAt) === 'older';
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (!present(value) || key === 'modifiedAt') continue;
    if (key === 'extra') {
      const extra = { ...(current.extra ?? {}) };
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (present(v) && (!older || !present(extra[k]))) extra[k] = v;
      }
      out.extra = extra;
    } else if (!older || !present(out[key])) {
      out[key] = value;
    }
  }
  const modifiedAt = latest(current.modifiedAt, patch.modifiedAt);
  if (modifiedAt !== null) out.modifiedAt = modifiedAt;
  return out as Insights;
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
 * - **Times**: occurredAt keeps the earliest, metadata.startedAt the earliest non-null,
 *   metadata.lastEventAt the latest.
 * - **Insights** and insight metadata (`INSIGHT_METADATA_KEYS`, insightsModifiedAt): merged per
 *   field. When both sides carry a modification time (insights.modifiedAt, or
 *   metadata.insightsModifiedAt) and the patch is older, it only fills fields that are missing;
 *   otherwise its present fields win. insightsModifiedAt keeps the newest.
 * - **answeredAt**: an exact time replaces an estimate (`answeredAtEstimated`) in any order, an
 *   estimate never replaces an exact time.
 * - **Recording links** (`recordingUrl`, `voicemailUrl`): a link that needs the provider's
 *   credentials (`recordingRequiresAuth`) beats a public one; otherwise the newer event's link
 *   (`recordingAt`) wins, and on equal times the larger URL. A losing patch still sets the
 *   voicemail link of a record that has none.
 * - **Work statuses**: 'pending' never replaces a status further along, recordingStatus 'none'
 *   never replaces a set one and 'available' never replaces 'downloading' or 'stored'.
 * - **Tags**: the union, in first-seen order; a whole tag list with its time (`tagsAt`, from an
 *   event with `tagsComplete`) replaces them when it is the newest such list.
 * - **contactId / caseId**: a non-null patch contact sets them (a later match updates them); a
 *   patch that changes the contact brings its own case, even none; a null patch contact keeps the
 *   stored link; a guessed link (`linkIsGuess`) only fills a record without a contact.
 * - **Agent**: the same agent (same id) merges field by field, so a null name or email never erases
 *   one; another agent is a new value like any other key.
 * - Any other present metadata key: the patch wins, unless it is stale (see Lifecycle).
 * - **Text**: title and body are rendered from the merged metadata in `input.locale`.
 * - **Version**: when the merged record deep-equals the stored one, `changed` is false and the
 *   stored record is returned as is; otherwise version + 1 and updatedAt = `ids.now`.
 */
export function mergeInteraction(
  existing: Interaction | null,
  input: InteractionUpsert,
  ids: MergeIds,
): UpsertResult {
  const base: Meta = existing ? existing.metadata : defaultMetadata(input.sourceRecordId, input.occurredAt);
  const patchInsightsAt = input.insights?.modifiedAt ?? input.metadata.insightsModifiedAt;
  const metadata = mergeMetadata(base, input.metadata as Meta, patchInsightsAt) as InteractionMetadata;
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
    // mergeMetadata built a new object: only its nested values (tags, agent...) need copies.
    metadata: detachValues(metadata),
    insights: clonePlain(mergeInsights(existing?.insights ?? null, input.insights ?? null)),
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
