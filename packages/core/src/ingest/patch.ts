import { type CallEvent, type PartyNumber, SOURCE_OF } from '../model/call-event.js';
import type { Insights } from '../model/insights.js';
import {
  type InteractionMetadata,
  InteractionMetadataSchema,
  type InteractionUpsert,
} from '../model/interaction.js';
import { AGENTS_SEEN } from '../model/merge-agent.js';
import { KEY_STAMPS } from '../model/merge-stamps.js';
import { TAGS_SEEN } from '../model/merge-tags.js';
import { OWED_FLAGS } from './owed.js';

/** What ingest learned about a call before building its upsert. */
export interface PatchContext {
  /** `from` and `to` after E.164 normalization (raw kept). */
  from: PartyNumber;
  to: PartyNumber;
  /** The contact and case to link; null leaves the stored link as it is (the merge never erases). */
  contactId: string | null;
  caseId: string | null;
  locale: string;
}

type Mutable = Record<string, unknown>;

/**
 * Metadata keys callbridge models or writes itself (the owed-announcement flags, the AI
 * pipeline's and the downloads' state, the merge's bookkeeping); a provider's `extra` facts may
 * never set them: an `owedCallEventCreated` would announce the call's creation again, an
 * `aiCompletedAt` would keep the AI pipeline from running.
 */
const MODELLED_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(InteractionMetadataSchema.shape),
  ...Object.values(OWED_FLAGS),
  'aiAnnounced',
  'aiCompletedAt',
  'recordingFailures',
  KEY_STAMPS,
  AGENTS_SEEN,
  TAGS_SEEN,
]);

/** Copies `value` into `target[key]` unless it is undefined or null (a sparse patch never erases). */
function put(target: Mutable, key: string, value: unknown): void {
  if (value !== undefined && value !== null) target[key] = value;
}

/** callType / callState implied by the event kind. Kinds that say nothing about the call (notes, SMS) leave them out. */
function lifecycle(event: CallEvent, m: Mutable): void {
  switch (event.kind) {
    case 'ringing':
      m.callType = 'ringing';
      m.callState = 'ringing';
      break;
    case 'answered':
      m.callType = 'answered';
      m.callState = 'in_progress';
      break;
    case 'ended':
      m.callState = 'ended';
      if (event.answeredAt) m.callType = 'answered';
      break;
    case 'missed':
      m.callType = 'missed';
      m.callState = 'ended';
      break;
    case 'voicemail':
      m.callType = 'voicemail';
      m.callState = 'ended';
      break;
    // What comes after a call: its recording, transcript, summary or insights. The call has ended,
    // and a call recording (or provider insights, made from one) means it was answered. Without
    // this, a record made from them alone (lifecycle webhooks not subscribed, late or lost) stays
    // "ringing" forever. A voicemail message says nothing more: the voicemail event does.
    case 'recording_available':
      m.callState = 'ended';
      if (event.recording?.url && event.recording.type !== 'voicemail') m.callType = 'answered';
      break;
    case 'insights':
      m.callType = 'answered';
      m.callState = 'ended';
      break;
    case 'transcript_available':
    case 'summary_available':
    // After-call work is saved once the call ended (whether it was answered, it does not say).
    case 'after_call':
      m.callState = 'ended';
      break;
    default:
      break;
  }
}

/** Recording fields: any event may carry a recording (Ringover's hangup does). */
function recording(event: CallEvent, m: Mutable): void {
  const rec = event.recording;
  if (!rec?.url) return;
  m.recordingUrl = rec.url;
  m.recordingAt = event.occurredAt;
  m.recordingStatus = 'available';
  put(m, 'recordingId', rec.id);
  put(m, 'recordingRequiresAuth', rec.requiresAuth);
  put(m, 'recordingDurationSeconds', rec.durationSeconds);
  if (rec.type === 'voicemail' || event.kind === 'voicemail') m.voicemailUrl = rec.url;
}

/** The plain text of a transcript: the provider's text, else the segments joined. */
export function transcriptText(insights: Insights): string | null {
  if (insights.transcriptText) return insights.transcriptText;
  if (insights.transcript && insights.transcript.length > 0) {
    return insights.transcript.map((s) => (s.speaker ? `${s.speaker}: ${s.text}` : s.text)).join('\n');
  }
  return null;
}

/**
 * Metadata of insights (RingSense, Ringover AI): transcript, summary, sentiment and tasks with
 * their statuses 'completed'. Returns true when the insights completed any AI field.
 */
function insightsMetadata(insights: Insights, m: Mutable): boolean {
  let completed = false;
  const text = transcriptText(insights);
  if (text !== null) {
    m.transcript = text;
    m.transcriptStatus = 'completed';
    completed = true;
  }
  if (insights.summary) {
    m.aiSummary = insights.summary;
    m.summaryStatus = 'completed';
    completed = true;
  }
  if (insights.sentiment) {
    m.sentimentScore = insights.sentiment.score;
    m.sentimentLabel = insights.sentiment.label;
    m.sentimentStatus = 'completed';
    completed = true;
  }
  if (insights.tasks) {
    m.extractedTasks = insights.tasks;
    m.tasksGenerated = true;
    m.tasksStatus = 'completed';
    completed = true;
  }
  put(m, 'insightsModifiedAt', insights.modifiedAt);
  return completed;
}

/** A built upsert plus what the event meant for the stream. */
export interface BuiltPatch {
  upsert: InteractionUpsert;
  /** The event completed AI insights: the change is announced as `call_ai_completed`. */
  aiCompleted: boolean;
}

/**
 * Turns a validated, normalized CallEvent into the sparse upsert of its Interaction. Only what
 * the event actually says is in the patch: null and absent values are left out, so a stale or
 * partial event can never erase a field (the merge rules decide what wins for present fields).
 */
export function buildUpsert(event: CallEvent, ctx: PatchContext): BuiltPatch {
  const m: Mutable = {};
  m.callId = event.sourceRecordId;
  put(m, 'sessionId', event.sourceSessionId);
  put(m, 'direction', event.direction);
  put(m, 'callerNumber', ctx.from.e164);
  put(m, 'calleeNumber', ctx.to.e164);
  put(m, 'callerNumberRaw', ctx.from.raw);
  put(m, 'calleeNumberRaw', ctx.to.raw);
  put(m, 'durationSeconds', event.durationSeconds);
  put(m, 'startedAt', event.startedAt);
  put(m, 'answeredAt', event.answeredAt);
  if (event.answeredAt) m.answeredAtEstimated = event.answeredAtEstimated === true;
  put(m, 'endedAt', event.endedAt);
  put(m, 'reason', event.reason);
  put(m, 'answeringMachine', event.answeringMachine);
  put(m, 'agent', event.agent);
  m.lastEventAt = event.occurredAt;
  lifecycle(event, m);
  recording(event, m);
  if (event.kind === 'note' || event.kind === 'after_call') {
    if (typeof event.text === 'string') {
      m.comments = event.text;
      m.commentsAt = event.occurredAt;
    }
  } else {
    put(m, 'text', event.text);
  }
  if (event.tagsComplete && Array.isArray(event.tags)) {
    // The whole list, even empty: the newest one replaces the stored tags (see mergeInteraction).
    m.tags = event.tags;
    m.tagsAt = event.occurredAt;
  } else if (event.tags && event.tags.length > 0) m.tags = event.tags;
  let aiCompleted = false;
  if (event.insights) aiCompleted = insightsMetadata(event.insights, m);
  if (event.extra) {
    // Provider facts never set a modelled field (statuses, numbers, ...).
    for (const [key, value] of Object.entries(event.extra)) if (!MODELLED_KEYS.has(key)) put(m, key, value);
  }
  const upsert: InteractionUpsert = {
    tenantId: event.tenantId,
    source: SOURCE_OF[event.provider],
    sourceRecordId: event.sourceRecordId,
    eventType: event.kind === 'sms' || event.channel === 'SMS' ? 'SMS' : 'CALL',
    occurredAt: event.startedAt ?? event.occurredAt,
    contactId: ctx.contactId,
    caseId: ctx.caseId,
    // Without a direction, which party is external (and so the contact) was guessed.
    ...(event.direction === null && ctx.contactId !== null ? { linkIsGuess: true } : {}),
    metadata: m as InteractionMetadata,
    insights: event.insights ?? null,
    locale: ctx.locale,
  };
  return { upsert, aiCompleted };
}
