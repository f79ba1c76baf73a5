import { z } from 'zod';
import { OptionalTextSchema, RingoverUserSchema } from '../schema/parties.js';
import {
  IdSchema,
  LinkSchema,
  OptionalDurationSchema,
  OptionalEpochSchema,
  OptionalIdSchema,
  PhoneRawSchema,
  RingoverDirectionSchema,
  TagsSchema,
} from '../schema/primitives.js';

/**
 * One row of `GET /calls` (one log of a call: a transfer or IVR pass gives several rows sharing
 * `call_id`). Times are ISO-8601 UTC in the API and epoch seconds here; ids are strings.
 */
export const RingoverCallRowSchema = z.looseObject({
  /** An integer (the `last_id_returned` cursor compares them), as a digit string. */
  cdr_id: IdSchema.pipe(z.string().regex(/^\d+$/, 'an integer')),
  call_id: IdSchema,
  channel_id: OptionalIdSchema,
  type: OptionalTextSchema,
  direction: RingoverDirectionSchema,
  last_state: OptionalTextSchema,
  start_time: OptionalEpochSchema,
  answered_time: OptionalEpochSchema,
  end_time: OptionalEpochSchema,
  incall_duration: OptionalDurationSchema,
  total_duration: OptionalDurationSchema,
  from_number: PhoneRawSchema.nullish(),
  to_number: PhoneRawSchema.nullish(),
  contact_number: PhoneRawSchema.nullish(),
  record: LinkSchema,
  voicemail: LinkSchema,
  note: OptionalTextSchema,
  tags: TagsSchema,
  user: RingoverUserSchema.nullish(),
  amd: z.unknown().optional(),
});
/** A parsed `/calls` row. */
export type RingoverCallRow = z.output<typeof RingoverCallRowSchema>;

/**
 * A count of `GET /calls` (`call_list_count`, `total_call_count`): a number or a numeric string.
 * Informative only (paging ends on an empty page), so a value it cannot read is null, never a
 * failed page.
 */
export const CallCountSchema = z
  .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
  .nullish()
  .catch(null);

/** The body of `GET /calls`. */
export const RingoverCallListSchema = z.looseObject({
  call_list: z.array(RingoverCallRowSchema).nullish(),
  call_list_count: CallCountSchema,
  total_call_count: CallCountSchema,
  total_missed_call_count: CallCountSchema,
});
/** A parsed `/calls` page. */
export type RingoverCallList = z.output<typeof RingoverCallListSchema>;

/** The body of `GET /calls/{call_id}`: the logs of one call (a list, or `{call_list}`). */
export const RingoverCallLogsSchema = z.union([
  z.array(RingoverCallRowSchema),
  RingoverCallListSchema.transform((list) => list.call_list ?? []),
]);
