import { z } from 'zod';

const id = z.union([z.string(), z.number(), z.bigint()]).transform(String);

/** A party of a call-log record. */
export const CallLogPartySchema = z.looseObject({
  phoneNumber: z.string().nullish(),
  extensionNumber: z.string().nullish(),
  extensionId: id.nullish(),
  name: z.string().nullish(),
});

/** A call-log `recording` (`CallLogRecordingInfo`): its id, Automatic or OnDemand, and media URL. */
export const CallLogRecordingSchema = z.looseObject({
  id: id,
  type: z.string().nullish(),
  contentUri: z.string().min(1),
});
/** A parsed call-log recording. */
export type CallLogRecording = z.infer<typeof CallLogRecordingSchema>;

/**
 * A leg of a Detailed-view record (`CallLogRecordLegInfo`): what callbridge reads of it. Each
 * field it cannot read is null rather than an error (a leg's recording without a `contentUri` is
 * no recording), so an odd leg never costs the record its own recording.
 */
export const CallLogLegSchema = z.looseObject({
  startTime: z.string().nullish().catch(null),
  duration: z.coerce.number().nonnegative().nullish().catch(null),
  legType: z.string().nullish().catch(null),
  recording: CallLogRecordingSchema.nullish().catch(null),
});
/** A parsed call-log leg. */
export type CallLogLeg = z.infer<typeof CallLogLegSchema>;

/** The legs of a record: [] in the Simple view; what is not a list, or not a leg, is left out. */
const legs = z
  .unknown()
  .optional()
  .transform((value): CallLogLeg[] =>
    Array.isArray(value)
      ? value.flatMap((leg) => {
          const parsed = CallLogLegSchema.safeParse(leg);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
  );

/**
 * A company call-log record (`CallLogRecord`): the Simple view, or the Detailed view with its
 * `legs`; unknown fields are kept.
 */
export const CallLogRecordSchema = z.looseObject({
  id: id,
  sessionId: id.nullish(),
  telephonySessionId: z.string().nullish(),
  startTime: z.string(),
  duration: z.coerce.number().nonnegative().nullish(),
  type: z.string().nullish(),
  direction: z.string().nullish(),
  result: z.string().nullish(),
  reason: z.string().nullish(),
  from: CallLogPartySchema.nullish(),
  to: CallLogPartySchema.nullish(),
  extension: z.looseObject({ id: id.nullish() }).nullish(),
  recording: CallLogRecordingSchema.nullish(),
  legs: legs,
  /** When the row last changed (Detailed view only). */
  lastModifiedTime: z.string().nullish(),
  deleted: z.boolean().nullish(),
});
/** A parsed call-log record. */
export type CallLogRecord = z.infer<typeof CallLogRecordSchema>;

/** One page of the call log (`CallLogResponse`). */
export const CallLogPageSchema = z.looseObject({
  records: z.array(z.unknown()).default([]),
  navigation: z.looseObject({ nextPage: z.looseObject({ uri: z.string().min(1) }).nullish() }).nullish(),
});
