import { z } from 'zod';
import { keyIdSchema, MAX_DELIVERY_ID_LENGTH } from './ids.js';
import { InsightsSchema } from './insights.js';
import { isIsoInstant, toUtcIso } from './iso-time.js';

export const ProviderNameSchema = z.enum(['ringover', 'ringcentral']);
export type ProviderName = z.infer<typeof ProviderNameSchema>;

export const SourceSchema = z.enum(['RINGOVER', 'RINGCENTRAL']);
export type Source = z.infer<typeof SourceSchema>;

/** Maps a provider name onto the stored `source` value. */
export const SOURCE_OF: Record<ProviderName, Source> = { ringover: 'RINGOVER', ringcentral: 'RINGCENTRAL' };

/**
 * What an event says about its call. `note`: comments, tags or other facts, at any time;
 * `after_call`: the agent's after-call work (comments, tags), saved once the call ended, so it
 * marks the call ended like a recording does.
 */
export const CallEventKindSchema = z.enum([
  'ringing',
  'answered',
  'ended',
  'missed',
  'voicemail',
  'recording_available',
  'transcript_available',
  'summary_available',
  'insights',
  'note',
  'after_call',
  'sms',
]);
export type CallEventKind = z.infer<typeof CallEventKindSchema>;

export const DirectionSchema = z.enum(['inbound', 'outbound', 'internal']);
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * A phone number as received and, once normalized by ingest, in E.164. `e164` is null for
 * withheld, anonymous or unparseable numbers; `raw` always keeps what the provider sent.
 */
export const PartyNumberSchema = z.object({
  raw: z.string().nullable(),
  e164: z.string().nullable(),
});
export type PartyNumber = z.infer<typeof PartyNumberSchema>;

export const RecordingRefSchema = z.object({
  /** Where to download it. May need the provider's credentials (`requiresAuth`). */
  url: z.string(),
  /** Provider id of the recording, when it has one. */
  id: z.string().nullable().optional(),
  durationSeconds: z.number().nonnegative().nullable().optional(),
  contentType: z.string().nullable().optional(),
  requiresAuth: z.boolean().optional(),
  /** 'recording' (the call) or 'voicemail' (the caller's message). */
  type: z.enum(['recording', 'voicemail']).optional(),
});
export type RecordingRef = z.infer<typeof RecordingRefSchema>;

export const AgentSchema = z.object({
  id: z.string().nullable(),
  name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
});
export type Agent = z.infer<typeof AgentSchema>;

/**
 * An ISO-8601 date-time with its zone (`2026-03-07T10:00:00Z`, `2026-03-07T11:00:00+01:00`),
 * turned into the same instant in UTC (`2026-03-07T10:00:00.000Z`). A time without a zone, a date
 * alone or any other text `Date.parse` happens to read is refused: servers and stores (Postgres
 * reads a time in its session's zone) would each take it for another instant, or fail on it.
 */
const isoDate = z
  .string()
  .refine(isIsoInstant, 'an ISO-8601 date-time with Z or an offset (2026-03-07T10:00:00Z)')
  .transform(toUtcIso);

/**
 * What one provider event means, provider-agnostic. Providers produce these from webhooks,
 * polls and reconciliation; ingest turns them into stored Interactions.
 *
 * `sourceRecordId` is the key records merge on (with tenant and source): the provider's call id,
 * always a string so 64-bit ids keep every digit. `deliveryId` is the dedupe key of this delivery.
 * These two and `tenantId` become store keys, so they refuse control characters (U+0000–U+001F, U+007F):
 * such an event is bad input (400 `malformed_body`) on every store, never a store failure.
 */
export const CallEventSchema = z.object({
  provider: ProviderNameSchema,
  tenantId: keyIdSchema('tenantId'),
  sourceRecordId: keyIdSchema('sourceRecordId'),
  /** A second provider id of the same call (Ringover channel_id, RingCentral telephonySessionId). */
  sourceSessionId: z.string().nullable().optional(),
  deliveryId: keyIdSchema('deliveryId', MAX_DELIVERY_ID_LENGTH),
  kind: CallEventKindSchema,
  /** 'CALL' unless the event is a text message. */
  channel: z.enum(['CALL', 'SMS']).default('CALL'),
  direction: DirectionSchema.nullable(),
  from: PartyNumberSchema,
  to: PartyNumberSchema,
  occurredAt: isoDate,
  startedAt: isoDate.nullable().optional(),
  answeredAt: isoDate.nullable().optional(),
  /**
   * `answeredAt` was worked out (the end time minus the duration, the start of a call-log row),
   * not reported: an exact `answeredAt` from another event of the call wins, in any order.
   */
  answeredAtEstimated: z.boolean().optional(),
  endedAt: isoDate.nullable().optional(),
  durationSeconds: z.number().nonnegative().nullable().optional(),
  recording: RecordingRefSchema.nullable().optional(),
  agent: AgentSchema.nullable().optional(),
  insights: InsightsSchema.nullable().optional(),
  /** Free text: an SMS body, after-call comments. */
  text: z.string().nullable().optional(),
  tags: z.array(z.string()).nullable().optional(),
  /**
   * True when `tags` is the call's whole tag list at `occurredAt` (Ringover's tags_updated): the
   * newest such list replaces the stored tags, so a removed tag goes away. Otherwise `tags` are
   * added to the stored ones.
   */
  tagsComplete: z.boolean().optional(),
  /** Why a call was missed or went to voicemail, as the provider said it. */
  reason: z.string().nullable().optional(),
  /** Provider's answering-machine detection verdict, e.g. 'MACHINE'. */
  answeringMachine: z.string().nullable().optional(),
  /** Provider-specific facts worth keeping in metadata (flat, JSON-safe). */
  extra: z.record(z.string(), z.unknown()).optional(),
  /** The provider payload as parsed (lossless). Kept in the event, never stored whole by default. */
  raw: z.unknown().optional(),
});
export type CallEvent = z.infer<typeof CallEventSchema>;
/** What providers build: `channel` may be omitted. */
export type CallEventInput = z.input<typeof CallEventSchema>;
