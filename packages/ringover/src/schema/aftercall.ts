import { z } from 'zod';
import { OptionalTextSchema } from './parties.js';
import { IdSchema, LinkSchema, OptionalDurationSchema, OptionalIdSchema, TagsSchema } from './primitives.js';

const aftercallFields = {
  call_id: IdSchema,
  channel_id: OptionalIdSchema,
};

/** `aftercall/comments_updated` (samples also carry `tags`). */
export const CommentsUpdatedDataSchema = z.looseObject({
  ...aftercallFields,
  comments: OptionalTextSchema,
  tags: TagsSchema,
});

/** `aftercall/tags_updated`. */
export const TagsUpdatedDataSchema = z.looseObject({ ...aftercallFields, tags: TagsSchema });

/** `aftercall/aftercall`: the after-call work form (tags and comments). */
export const AftercallDataSchema = z.looseObject({
  ...aftercallFields,
  tags: TagsSchema,
  comments: OptionalTextSchema,
});

/** `aftercall/record_available`. */
export const RecordAvailableDataSchema = z.looseObject({
  ...aftercallFields,
  record_link: LinkSchema,
  private_record_link: LinkSchema,
  record_duration: OptionalDurationSchema,
});

/** `aftercall/voicemail_available`. */
export const VoicemailAvailableDataSchema = z.looseObject({
  ...aftercallFields,
  voicemail_link: LinkSchema,
  private_voicemail_link: LinkSchema,
  voicemail_duration: OptionalDurationSchema,
});

/** `aftercall/transcription_available`: a link; the transcript itself is not inline. */
export const TranscriptionAvailableDataSchema = z.looseObject({
  ...aftercallFields,
  transcription_link: LinkSchema,
});

/**
 * `aftercall/summary_available`. The summary is text; a structured value (`{summary}`, `{text}` or
 * anything else) is accepted defensively and flattened to text.
 */
export const SummaryAvailableDataSchema = z.looseObject({
  ...aftercallFields,
  summary: z.unknown().transform((value): string | null => summaryText(value)),
});

function summaryText(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    for (const key of ['summary', 'text', 'content']) {
      if (typeof o[key] === 'string') return o[key] as string;
    }
  }
  return JSON.stringify(value);
}

/** Parsed data of `aftercall/comments_updated`. */
export type CommentsUpdatedData = z.output<typeof CommentsUpdatedDataSchema>;
/** Parsed data of `aftercall/tags_updated`. */
export type TagsUpdatedData = z.output<typeof TagsUpdatedDataSchema>;
/** Parsed data of `aftercall/aftercall`. */
export type AftercallData = z.output<typeof AftercallDataSchema>;
/** Parsed data of `aftercall/record_available`. */
export type RecordAvailableData = z.output<typeof RecordAvailableDataSchema>;
/** Parsed data of `aftercall/voicemail_available`. */
export type VoicemailAvailableData = z.output<typeof VoicemailAvailableDataSchema>;
/** Parsed data of `aftercall/transcription_available`. */
export type TranscriptionAvailableData = z.output<typeof TranscriptionAvailableDataSchema>;
/** Parsed data of `aftercall/summary_available`. */
export type SummaryAvailableData = z.output<typeof SummaryAvailableDataSchema>;
