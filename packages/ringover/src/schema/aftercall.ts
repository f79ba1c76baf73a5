import { z } from 'zod';
import { OptionalTextSchema } from './parties.js';
import { DurationSchema, IdSchema, LinkSchema, TagsSchema } from './primitives.js';

const aftercallFields = {
  call_id: IdSchema,
  channel_id: IdSchema.nullish(),
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
  record_duration: DurationSchema.nullish(),
});

/** `aftercall/voicemail_available`. */
export const VoicemailAvailableDataSchema = z.looseObject({
  ...aftercallFields,
  voicemail_link: LinkSchema,
  private_voicemail_link: LinkSchema,
  voicemail_duration: DurationSchema.nullish(),
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

export type CommentsUpdatedData = z.output<typeof CommentsUpdatedDataSchema>;
export type TagsUpdatedData = z.output<typeof TagsUpdatedDataSchema>;
export type AftercallData = z.output<typeof AftercallDataSchema>;
export type RecordAvailableData = z.output<typeof RecordAvailableDataSchema>;
export type VoicemailAvailableData = z.output<typeof VoicemailAvailableDataSchema>;
export type TranscriptionAvailableData = z.output<typeof TranscriptionAvailableDataSchema>;
export type SummaryAvailableData = z.output<typeof SummaryAvailableDataSchema>;
