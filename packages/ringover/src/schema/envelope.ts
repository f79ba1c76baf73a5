import { z } from 'zod';
import {
  AftercallDataSchema,
  CommentsUpdatedDataSchema,
  RecordAvailableDataSchema,
  SummaryAvailableDataSchema,
  TagsUpdatedDataSchema,
  TranscriptionAvailableDataSchema,
  VoicemailAvailableDataSchema,
} from './aftercall.js';
import {
  AnsweredDataSchema,
  ContactLookupDataSchema,
  HangupDataSchema,
  IvrResponseDataSchema,
  MissedDataSchema,
  RingingDataSchema,
  RoutingDataSchema,
  VoicemailDataSchema,
} from './call.js';
import { NumberishSchema, OptionalEpochSchema } from './primitives.js';
import { ContactSearchDataSchema, SmsDataSchema } from './sms.js';

/** Every documented Ringover webhook, as `resource/event`. */
export const RINGOVER_EVENT_TYPES = [
  'call/ringing',
  'call/answered',
  'call/hangup',
  'call/missed',
  'call/voicemail',
  'call/contact',
  'call/routing',
  'call/ivr_response_code',
  'aftercall/comments_updated',
  'aftercall/tags_updated',
  'aftercall/aftercall',
  'aftercall/record_available',
  'aftercall/voicemail_available',
  'aftercall/transcription_available',
  'aftercall/summary_available',
  'sms/sent',
  'sms/received',
  'search/contact',
] as const;
/** A documented webhook as `resource/event`. */
export type RingoverEventType = (typeof RINGOVER_EVENT_TYPES)[number];

/** True when `type` (`resource/event`) is a documented Ringover webhook. */
export function isRingoverEventType(type: string): type is RingoverEventType {
  return (RINGOVER_EVENT_TYPES as readonly string[]).includes(type);
}

type ResourceOf<T extends string> = T extends `${infer R}/${string}` ? R : never;
type EventOf<T extends string> = T extends `${string}/${infer E}` ? E : never;

function envelope<T extends RingoverEventType, D extends z.ZodType>(type: T, data: D) {
  const [resource, event] = type.split('/') as [ResourceOf<T>, EventOf<T>];
  return z.looseObject({
    type: z.literal(type),
    resource: z.literal(resource),
    event: z.literal(event),
    timestamp: OptionalEpochSchema,
    attempt: NumberishSchema.nullish(),
    data,
  });
}

/**
 * The Ringover webhook envelope `{resource, event, timestamp, data, attempt}` as a discriminated
 * union on `type` (= `resource/event`). Parse it through `parseRingoverWebhook`, which normalizes
 * the contact search's `ressource` spelling and adds `type`.
 */
export const RingoverEventSchema = z.discriminatedUnion('type', [
  envelope('call/ringing', RingingDataSchema),
  envelope('call/answered', AnsweredDataSchema),
  envelope('call/hangup', HangupDataSchema),
  envelope('call/missed', MissedDataSchema),
  envelope('call/voicemail', VoicemailDataSchema),
  envelope('call/contact', ContactLookupDataSchema),
  envelope('call/routing', RoutingDataSchema),
  envelope('call/ivr_response_code', IvrResponseDataSchema),
  envelope('aftercall/comments_updated', CommentsUpdatedDataSchema),
  envelope('aftercall/tags_updated', TagsUpdatedDataSchema),
  envelope('aftercall/aftercall', AftercallDataSchema),
  envelope('aftercall/record_available', RecordAvailableDataSchema),
  envelope('aftercall/voicemail_available', VoicemailAvailableDataSchema),
  envelope('aftercall/transcription_available', TranscriptionAvailableDataSchema),
  envelope('aftercall/summary_available', SummaryAvailableDataSchema),
  envelope('sms/sent', SmsDataSchema),
  envelope('sms/received', SmsDataSchema),
  envelope('search/contact', ContactSearchDataSchema),
]);

/** One parsed, documented Ringover webhook. Narrow it on `type`. */
export type RingoverEvent = z.output<typeof RingoverEventSchema>;
/** The parsed webhook of one `type`. */
export type RingoverEventOf<T extends RingoverEventType> = Extract<RingoverEvent, { type: T }>;
