import { z } from 'zod';

const id = z.union([z.string(), z.number(), z.bigint()]).transform(String);

/** A party of a call-log record. */
export const CallLogPartySchema = z.looseObject({
  phoneNumber: z.string().nullish(),
  extensionNumber: z.string().nullish(),
  extensionId: id.nullish(),
  name: z.string().nullish(),
});

/** A company call-log record (`CallLogRecord`, Simple view); unknown fields are kept. */
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
  recording: z.looseObject({ id: id, type: z.string().nullish(), contentUri: z.string().min(1) }).nullish(),
  deleted: z.boolean().nullish(),
});
/** A parsed call-log record. */
export type CallLogRecord = z.infer<typeof CallLogRecordSchema>;

/** One page of the call log (`CallLogResponse`). */
export const CallLogPageSchema = z.looseObject({
  records: z.array(z.unknown()).default([]),
  navigation: z.looseObject({ nextPage: z.looseObject({ uri: z.string().min(1) }).nullish() }).nullish(),
});
