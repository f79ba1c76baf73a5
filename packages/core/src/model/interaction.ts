import { z } from 'zod';
import { AgentSchema, DirectionSchema, SourceSchema } from './call-event.js';
import { ExtractedTaskSchema, InsightsSchema, SentimentLabelSchema } from './insights.js';

/**
 * The outcome of a call as far as it is known. Ranks order the lifecycle so a stale event never
 * moves a call backwards: ringing (0) < answered (1) < missed (2) < voicemail (3).
 */
export const CallTypeSchema = z.enum(['ringing', 'answered', 'missed', 'voicemail']);
export type CallType = z.infer<typeof CallTypeSchema>;
export const CALL_TYPE_RANK: Record<CallType, number> = { ringing: 0, answered: 1, missed: 2, voicemail: 3 };

/** Where the call is: ringing (0) < in_progress (1) < ended (2). */
export const CallStateSchema = z.enum(['ringing', 'in_progress', 'ended']);
export type CallState = z.infer<typeof CallStateSchema>;
export const CALL_STATE_RANK: Record<CallState, number> = { ringing: 0, in_progress: 1, ended: 2 };

export const WorkStatusSchema = z.enum(['pending', 'processing', 'completed', 'failed', 'skipped']);
export type WorkStatus = z.infer<typeof WorkStatusSchema>;

export const RecordingStatusSchema = z.enum(['none', 'available', 'downloading', 'stored', 'failed']);
export type RecordingStatus = z.infer<typeof RecordingStatusSchema>;

/**
 * Interaction metadata: the seed's InteractionEvent metadata in TypeScript naming. Every field is
 * optional; stores keep it as one JSON document and merge it key by key.
 */
export const InteractionMetadataSchema = z
  .object({
    callId: z.string(),
    sessionId: z.string().nullable(),
    direction: DirectionSchema.nullable(),
    callerNumber: z.string().nullable(),
    calleeNumber: z.string().nullable(),
    callerNumberRaw: z.string().nullable(),
    calleeNumberRaw: z.string().nullable(),
    durationSeconds: z.number().nullable(),
    callType: CallTypeSchema,
    callState: CallStateSchema,
    startedAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    reason: z.string().nullable(),
    answeringMachine: z.string().nullable(),
    agent: AgentSchema.nullable(),
    /** True when `answeredAt` is an estimate (see CallEvent.answeredAtEstimated); an exact time replaces it. */
    answeredAtEstimated: z.boolean().nullable(),
    recordingUrl: z.string().nullable(),
    recordingId: z.string().nullable(),
    recordingRequiresAuth: z.boolean(),
    recordingDurationSeconds: z.number().nullable(),
    recordingStatus: RecordingStatusSchema,
    recordingBlobKey: z.string().nullable(),
    recordingContentType: z.string().nullable(),
    /** ISO time of the event that brought `recordingUrl` (the newer event's link wins). */
    recordingAt: z.string().nullable(),
    voicemailUrl: z.string().nullable(),
    transcriptStatus: WorkStatusSchema,
    transcript: z.string().nullable(),
    transcriptUrl: z.string().nullable(),
    summaryStatus: WorkStatusSchema,
    /** Status of the sentiment step of callbridge's AI pipeline (or 'completed' from provider insights). */
    sentimentStatus: WorkStatusSchema,
    /** Status of the task-extraction step, like sentimentStatus. */
    tasksStatus: WorkStatusSchema,
    aiSummary: z.string().nullable(),
    sentimentScore: z.number().min(-1).max(1).nullable(),
    sentimentLabel: SentimentLabelSchema.nullable(),
    tasksGenerated: z.boolean(),
    extractedTasks: z.array(ExtractedTaskSchema),
    tags: z.array(z.string()),
    /** ISO time of the whole tag list in `tags`, when a provider sent one (see CallEvent.tagsComplete). */
    tagsAt: z.string().nullable(),
    comments: z.string().nullable(),
    /** ISO time of the event that wrote `comments` (the newest comment wins, in any arrival order). */
    commentsAt: z.string().nullable(),
    text: z.string().nullable(),
    /** ISO time of the newest event merged in. */
    lastEventAt: z.string(),
    /** ISO modification time of the newest insights merged in (stale insights are ignored). */
    insightsModifiedAt: z.string().nullable(),
    /** Last error of background work, redacted. */
    lastError: z.string().nullable(),
  })
  .partial()
  .catchall(z.unknown());
export type InteractionMetadata = z.infer<typeof InteractionMetadataSchema>;

/** The stored record: the seed's InteractionEvent. */
export const InteractionSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  caseId: z.string().nullable(),
  contactId: z.string().nullable(),
  source: SourceSchema,
  /** The provider's call id (string: 64-bit ids keep every digit). Unique per tenant + source. */
  sourceRecordId: z.string(),
  eventType: z.enum(['CALL', 'SMS']),
  title: z.string(),
  body: z.string(),
  occurredAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  metadata: InteractionMetadataSchema,
  insights: InsightsSchema.nullable(),
  /** Incremented on every change; lets clients ignore stale updates. */
  version: z.number().int().nonnegative(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

/**
 * What ingest hands to `InteractionStore.upsert`: a sparse patch keyed by
 * (tenantId, source, sourceRecordId). See `mergeInteraction` for the exact merge rules every store
 * must apply atomically.
 */
export interface InteractionUpsert {
  tenantId: string;
  source: z.infer<typeof SourceSchema>;
  sourceRecordId: string;
  eventType: 'CALL' | 'SMS';
  occurredAt: string;
  contactId: string | null;
  caseId: string | null;
  /**
   * The contact (and case) is a guess: the event did not say the call's direction, so which party
   * is the external one was guessed. A guessed link fills a record that has no contact yet and never
   * replaces a stored one. Absent means false.
   */
  linkIsGuess?: boolean;
  /** Sparse: only keys present (and not undefined) are merged. */
  metadata: InteractionMetadata;
  insights: z.infer<typeof InsightsSchema> | null;
  /** Locale the title and body are rendered in. */
  locale: string;
}

export interface UpsertResult {
  interaction: Interaction;
  /** True when this call created the record. */
  created: boolean;
  /** False when the patch changed nothing (a stale or repeated event). */
  changed: boolean;
}
