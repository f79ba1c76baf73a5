import { z } from 'zod';
import { OptionalTextSchema } from './parties.js';
import {
  OptionalEpochSchema,
  OptionalFlagSchema,
  OptionalIdSchema,
  PhoneRawSchema,
  RingoverDirectionSchema,
} from './primitives.js';

/** `sms/sent` and `sms/received`: one text message. */
export const SmsDataSchema = z.looseObject({
  id: OptionalIdSchema,
  message_id: OptionalIdSchema,
  conversation_id: OptionalIdSchema,
  time: OptionalEpochSchema,
  direction: RingoverDirectionSchema,
  from_number: PhoneRawSchema.nullish(),
  to_number: PhoneRawSchema.nullish(),
  body: OptionalTextSchema,
  is_internal: OptionalFlagSchema,
  is_collaborative: OptionalFlagSchema,
  user_id: OptionalIdSchema,
  userId: OptionalIdSchema,
});
/** Parsed data of `sms/sent` and `sms/received`. */
export type SmsData = z.output<typeof SmsDataSchema>;

/** `search/contact`: what an agent typed in the Ringover app's contact search. */
export const ContactSearchDataSchema = z.looseObject({
  query_search: z.union([z.string(), z.number()]).transform(String),
  user_id: OptionalIdSchema,
  userId: OptionalIdSchema,
});
/** Parsed data of `search/contact`. */
export type ContactSearchData = z.output<typeof ContactSearchDataSchema>;
