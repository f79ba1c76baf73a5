import { z } from 'zod';
import {
  OptionalTextSchema,
  RingoverIvrDataSchema,
  RingoverIvrSchema,
  RingoverUserSchema,
} from './parties.js';
import {
  IdSchema,
  LinkSchema,
  OptionalDurationSchema,
  OptionalEpochSchema,
  OptionalFlagSchema,
  OptionalIdSchema,
  PhoneRawSchema,
  RingoverDirectionSchema,
} from './primitives.js';

/** Fields every call lifecycle event carries (`ringing`, `answered`, `hangup`, `missed`, `voicemail`). */
const lifecycleFields = {
  id: OptionalTextSchema,
  call_id: IdSchema,
  channel_id: OptionalIdSchema,
  start_time: OptionalEpochSchema,
  start_date_time_atom: OptionalEpochSchema,
  direction: RingoverDirectionSchema,
  from_number: PhoneRawSchema.nullish(),
  to_number: PhoneRawSchema.nullish(),
  user_id: OptionalIdSchema,
  userId: OptionalIdSchema,
  is_internal: OptionalFlagSchema,
  is_anonymous: OptionalFlagSchema,
  is_ivr: OptionalFlagSchema,
  status: OptionalTextSchema,
  user: RingoverUserSchema.nullish(),
  ivr: RingoverIvrSchema.nullish(),
  ivr_data: RingoverIvrDataSchema.nullish(),
};

const answeredFields = {
  answered_time: OptionalEpochSchema,
  answered_date_time_atom: OptionalEpochSchema,
};

const hangupFields = {
  hangup_time: OptionalEpochSchema,
  hangup_date_time_atom: OptionalEpochSchema,
};

/** `call/ringing`. */
export const RingingDataSchema = z.looseObject({ ...lifecycleFields });

/** `call/answered`: adds `answered_time`. */
export const AnsweredDataSchema = z.looseObject({ ...lifecycleFields, ...answeredFields });

/** `call/hangup`: duration, recording links and answering-machine detection. */
export const HangupDataSchema = z.looseObject({
  ...lifecycleFields,
  ...answeredFields,
  ...hangupFields,
  duration_in_seconds: OptionalDurationSchema,
  answering_machine_detection: OptionalTextSchema,
  record: LinkSchema,
  private_record: LinkSchema,
});

/** `call/missed`: the reason, as Ringover words it. */
export const MissedDataSchema = z.looseObject({
  ...lifecycleFields,
  ...hangupFields,
  reason: OptionalTextSchema,
});

/** `call/voicemail`: the message link (public and private) and the reason. */
export const VoicemailDataSchema = z.looseObject({
  ...lifecycleFields,
  ...answeredFields,
  ...hangupFields,
  duration_in_seconds: OptionalDurationSchema,
  message: LinkSchema,
  private_message: LinkSchema,
  reason: OptionalTextSchema,
});

const lookupFields = {
  call_id: OptionalIdSchema,
  channel_id: OptionalIdSchema,
  direction: RingoverDirectionSchema,
  from_number: PhoneRawSchema.nullish(),
  to_number: PhoneRawSchema.nullish(),
};

/** `call/contact`: Ringover asks for the caller card while the phone rings. */
export const ContactLookupDataSchema = z.looseObject({ ...lookupFields });

/** `call/routing`: Ringover asks for a smart-routing plan. */
export const RoutingDataSchema = z.looseObject({ ...lookupFields });

/**
 * `call/ivr_response_code`: the digits the caller typed in an IVR. A DTMF code is text: a string
 * is kept exactly as sent (leading zeros, more digits than a double holds); a number (documented
 * as an int) is kept as it came.
 */
export const IvrResponseDataSchema = z.looseObject({
  ...lookupFields,
  code: z.union([z.string(), z.number()]),
});

/** Parsed data of `call/ringing`. */
export type RingingData = z.output<typeof RingingDataSchema>;
/** Parsed data of `call/answered`. */
export type AnsweredData = z.output<typeof AnsweredDataSchema>;
/** Parsed data of `call/hangup`. */
export type HangupData = z.output<typeof HangupDataSchema>;
/** Parsed data of `call/missed`. */
export type MissedData = z.output<typeof MissedDataSchema>;
/** Parsed data of `call/voicemail`. */
export type VoicemailData = z.output<typeof VoicemailDataSchema>;
/** Parsed data of `call/contact`. */
export type ContactLookupData = z.output<typeof ContactLookupDataSchema>;
/** Parsed data of `call/routing`. */
export type RoutingData = z.output<typeof RoutingDataSchema>;
/** Parsed data of `call/ivr_response_code`. */
export type IvrResponseData = z.output<typeof IvrResponseDataSchema>;
/** Any call lifecycle event's data. */
export type LifecycleData = RingingData | AnsweredData | HangupData | MissedData | VoicemailData;
