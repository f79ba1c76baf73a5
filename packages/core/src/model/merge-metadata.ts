// The per-key rules by which mergeInteraction (merge.ts) merges a patch's metadata into a record's.
import {
  CALL_STATE_RANK,
  CALL_TYPE_RANK,
  type CallState,
  type CallType,
  InteractionMetadataSchema,
} from './interaction.js';
import { AGENTS_SEEN, agentId, mergeAgent } from './merge-agent.js';
import { type InsightStamping, insightsAge, insightsStamp, latest, putInsight } from './merge-insights.js';
import { mergeRecordingLink, RECORDING_LINK_KEYS } from './merge-recording.js';
import {
  type EventStamping,
  KEY_STAMPS,
  patchStamp,
  present,
  STAMPED_KEYS,
  setStamp,
  stampsOf,
  stampWins,
} from './merge-stamps.js';
import { mergeTags, TAGS_SEEN } from './merge-tags.js';
import { WORK_STATUS_KEYS as WORK_STATUSES } from './work-status.js';

/** A metadata object as the merge sees it. */
export type Meta = Record<string, unknown>;

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
  'comments',
  'commentsAt',
  'answeredAtEstimated',
  KEY_STAMPS,
  AGENTS_SEEN,
  TAGS_SEEN,
]);
/** Work statuses whose initial values ('pending', 'skipped') never replace a status further along. */
const WORK_STATUS_KEYS = new Set<string>(WORK_STATUSES);
const RECORDING_PROGRESSED = new Set(['downloading', 'stored']);
/** Keys the model defines; any other is a provider's `extra` fact or a key of your own. */
const MODELLED = new Set(Object.keys(InteractionMetadataSchema.shape));

/** Milliseconds of an ISO time. */
export const time = (iso: string): number => Date.parse(iso);

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
 * two of the same kind the event stamps decide, as for the other lifecycle keys (`stampWins`).
 */
function mergeAnsweredAt(out: Meta, patch: Meta, stamping: EventStamping): void {
  if (!present(patch.answeredAt)) return;
  const patchEstimated = patch.answeredAtEstimated === true;
  const storedEstimated = out.answeredAtEstimated === true;
  if (present(out.answeredAt) && patchEstimated !== storedEstimated) {
    if (patchEstimated) return;
  } else if (
    !stampWins(out, stamping.stamps, 'answeredAt', patch.answeredAt, stamping.stamp, stamping.stale)
  ) {
    return;
  }
  out.answeredAt = patch.answeredAt;
  out.answeredAtEstimated = patchEstimated;
  setStamp(stamping.stamps, 'answeredAt', stamping.stamp);
}

/** Sets `key` to the patch's `value` when it wins by stamp (see `stampWins`), and its stamp. */
function putStamped(out: Meta, key: string, value: unknown, s: EventStamping): void {
  if (!stampWins(out, s.stamps, key, value, s.stamp, s.stale)) return;
  out[key] = value;
  setStamp(s.stamps, key, s.stamp);
}

function mergeLifecycle(out: Meta, patch: Meta, stamping: EventStamping): void {
  for (const key of LIFECYCLE_KEYS) {
    const value = patch[key];
    if (!present(value)) continue;
    if (key === 'answeredAt') {
      mergeAnsweredAt(out, patch, stamping);
    } else if (key === 'callType') {
      const rank = CALL_TYPE_RANK[value as CallType];
      if (!present(out.callType) || rank > CALL_TYPE_RANK[out.callType as CallType]) out.callType = value;
    } else if (key === 'callState') {
      const rank = CALL_STATE_RANK[value as CallState];
      if (!present(out.callState) || rank > CALL_STATE_RANK[out.callState as CallState])
        out.callState = value;
    } else {
      putStamped(out, key, value, stamping);
    }
  }
}

function mergeStatus(out: Meta, key: string, value: unknown): void {
  const current = out[key];
  // pending < skipped < the work's own (processing, completed, failed): a 'skipped' stored by a
  // bridge that runs no AI work fills a 'pending' only, so events converge in any order.
  if (WORK_STATUS_KEYS.has(key) && value === 'pending' && present(current) && current !== 'pending') return;
  if (WORK_STATUS_KEYS.has(key) && value === 'skipped' && present(current) && current !== 'pending') return;
  if (key === 'recordingStatus') {
    if (value === 'none' && present(current)) return;
    if (value === 'available' && RECORDING_PROGRESSED.has(current as string)) return;
  }
  out[key] = value;
}

/** The record's metadata with the patch merged in, key by key (see mergeInteraction for the rules). */
export function mergeMetadata(current: Meta, patch: Meta, patchInsightsAt: unknown, now?: string): Meta {
  // Not a spread: V8 gives a spread copy of a large record no room for more keys, and a key the
  // patch adds (a status, a provider fact) then turns it into a slow dictionary-mode object on
  // which every rule below pays (measured: 16 → 42 µs per merge with four status keys).
  // mergeInteraction spreads the result once, which gives it fast properties again.
  const out: Meta = Object.assign({}, current);
  const stale = isStaleLifecycle(current, patch);
  const stamping: EventStamping = { stamps: stampsOf(current), stamp: patchStamp(patch), stale };
  mergeLifecycle(out, patch, stamping);
  const linked = mergeRecordingLink(out, patch, stamping.stamps);
  const existingInsightsAt = current.insightsModifiedAt;
  const insight: InsightStamping = {
    stamps: stamping.stamps,
    stamp: insightsStamp(patchInsightsAt, patch.lastEventAt),
    older: insightsAge(existingInsightsAt, patchInsightsAt) === 'older',
  };
  for (const [key, value] of Object.entries(patch)) {
    if (!present(value) || LIFECYCLE.has(key) || SPECIAL.has(key)) continue;
    if (linked && RECORDING_LINK_KEYS.has(key)) continue;
    if (INSIGHT_META.has(key)) {
      putInsight(out, key, value, insight);
    } else if (key === 'recordingStatus' || WORK_STATUS_KEYS.has(key)) {
      mergeStatus(out, key, value);
    } else if (key === 'agent' && agentId(value) !== null) {
      // Field by field and agent by agent, so no event's null erases a name or an email
      // (Ringover's hangup names the agent by id and email only): see mergeAgent.
      mergeAgent(out, value as Meta, stamping);
    } else if (STAMPED_KEYS.has(key) || (stamping.stamp !== null && !MODELLED.has(key))) {
      // A provider's own facts (`extra`) follow the stamps too, so two call-log rows with
      // different results give one record in any order.
      putStamped(out, key, value, stamping);
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
  if (Array.isArray(patch.tags)) {
    const fromEvent = typeof patch.lastEventAt === 'string';
    const at = fromEvent ? (patch.lastEventAt as string) : (now ?? '');
    mergeTags(out, patch.tags as string[], patch.tagsAt, at, fromEvent);
  }
  if (typeof patch.comments === 'string') mergeComments(out, patch.comments, patch.commentsAt, stale, now);
  const newestAt = latest(existingInsightsAt, patchInsightsAt);
  if (newestAt !== null) out.insightsModifiedAt = newestAt;
  if (Object.keys(stamping.stamps).length > 0 || KEY_STAMPS in current) out[KEY_STAMPS] = stamping.stamps;
  return out;
}

/**
 * Whether a value stamped `at` replaces the stored one stamped `storedAt` (none: it does): the
 * newer time wins, and on equal times the larger value, so arrival order does not matter.
 */
function replacesStamped(at: string, storedAt: unknown, value: string, stored: string): boolean {
  if (typeof storedAt !== 'string') return true;
  return time(at) > time(storedAt) || (time(at) === time(storedAt) && value > stored);
}

/**
 * A comment with its time (`commentsAt`) replaces the stored one when it is newer (on equal
 * times, the larger text wins, so the result does not depend on arrival order); an older one
 * changes nothing. A comment without a time (your own upsert) follows the rule of any other key,
 * and a new text is dated `now`, when it is merged: a provider's earlier comment delivered again
 * later does not replace the edit.
 */
function mergeComments(out: Meta, comments: string, commentsAt: unknown, stale: boolean, now?: string): void {
  if (typeof commentsAt !== 'string') {
    if ((stale && present(out.comments)) || out.comments === comments) return;
    out.comments = comments;
    if (now !== undefined) out.commentsAt = now;
    return;
  }
  const stored = typeof out.comments === 'string' ? out.comments : '';
  if (!replacesStamped(commentsAt, out.commentsAt, comments, stored)) return;
  out.comments = comments;
  out.commentsAt = commentsAt;
}
