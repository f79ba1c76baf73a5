import { z } from 'zod';

const id = z.union([z.string(), z.number(), z.bigint()]).transform(String);
const seconds = z.coerce.number().nonnegative();

/** A speaker of a RingSense recording (`AIInsightsSpeakerInfo`). */
export const SpeakerInfoSchema = z.looseObject({
  speakerId: id,
  name: z.string().nullish(),
  accountId: id.nullish(),
  extensionId: id.nullish(),
  phoneNumber: z.string().nullish(),
});

/** Item schemas of every documented insight key (start/end are float seconds). */
export const InsightItemSchemas = {
  Transcript: z.looseObject({ speakerId: id.nullish(), text: z.string(), start: seconds, end: seconds }),
  Summary: z.looseObject({ value: z.string(), start: seconds.optional(), end: seconds.optional() }),
  Highlights: z.looseObject({
    speakerId: id.nullish(),
    value: z.string(),
    start: seconds.optional(),
    end: seconds.optional(),
  }),
  NextSteps: z.looseObject({
    speakerId: id.nullish(),
    value: z.string(),
    start: seconds.optional(),
    end: seconds.optional(),
  }),
  BulletedSummary: z.looseObject({ value: z.string(), section: z.string().nullish() }),
  AIScore: z.looseObject({ value: z.union([z.string(), z.number()]) }),
  CallNotes: z.looseObject({ value: z.string() }),
  Sentiment: z.looseObject({ value: z.string() }),
} as const;

/** A documented insight key, in the spec's spelling. */
export type InsightKey = keyof typeof InsightItemSchemas;
/** Every documented insight key. */
export const INSIGHT_KEYS = Object.keys(InsightItemSchemas) as InsightKey[];

/** Documented key of a key as sent, matched case-insensitively (`HighLights` → `Highlights`). */
export function canonicalInsightKey(key: string): InsightKey | null {
  const lower = key.toLowerCase();
  return INSIGHT_KEYS.find((k) => k.toLowerCase() === lower) ?? null;
}

/** A RingSense insights notification body (`RecordingInsights`). Unknown fields are kept. */
export const InsightsBodySchema = z.looseObject({
  title: z.string().nullish(),
  domain: z.string().nullish(),
  eventType: z.string().nullish(),
  rsRecordUri: z.string().nullish(),
  sourceRecordId: id,
  sourceSessionId: id.nullish(),
  callDirection: z.string().nullish(),
  ownerExtensionId: id.nullish(),
  recordingDurationMs: z.coerce.number().nonnegative().nullish(),
  recordingStartTime: z.string().nullish(),
  creationTime: z.string().nullish(),
  lastModifiedTime: z.string().nullish(),
  speakerInfo: z.array(SpeakerInfoSchema).nullish(),
  insights: z.record(z.string(), z.unknown()).nullish(),
});
/** A parsed insights body. */
export type InsightsBody = z.infer<typeof InsightsBodySchema>;
