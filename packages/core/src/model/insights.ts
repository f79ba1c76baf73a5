import { z } from 'zod';

/** One utterance of a transcript. Times are seconds from the start of the recording. */
export const TranscriptSegmentSchema = z.object({
  speaker: z.string().nullable(),
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  text: z.string(),
});
export type TranscriptSegment = z.infer<typeof TranscriptSegmentSchema>;

export const SentimentLabelSchema = z.enum(['positive', 'neutral', 'negative']);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

export const SentimentSchema = z.object({
  /** -1 (negative) .. 1 (positive). */
  score: z.number().min(-1).max(1),
  label: SentimentLabelSchema,
});
export type Sentiment = z.infer<typeof SentimentSchema>;

export const ExtractedTaskSchema = z.object({
  title: z.string(),
  assignee: z.string().nullable().optional(),
  dueAt: z.string().nullable().optional(),
});
export type ExtractedTask = z.infer<typeof ExtractedTaskSchema>;

/**
 * AI insights about one call: the same shape whether RingSense sent them or callbridge's own AI
 * pipeline made them. Every field is optional so partial insights merge field by field.
 */
export const InsightsSchema = z.object({
  transcript: z.array(TranscriptSegmentSchema).optional(),
  transcriptText: z.string().optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  nextSteps: z.array(z.string()).optional(),
  sentiment: SentimentSchema.optional(),
  tasks: z.array(ExtractedTaskSchema).optional(),
  /** Provider keys callbridge does not model (e.g. RingSense QnA), kept as sent. */
  extra: z.record(z.string(), z.unknown()).optional(),
  /** ISO time the provider last modified these insights; newer wins per field on merge. */
  modifiedAt: z.string().optional(),
  /** Who produced them: 'ringsense', 'ringover', 'callbridge-ai', ... */
  origin: z.string().optional(),
});
export type Insights = z.infer<typeof InsightsSchema>;

/** Maps a -1..1 score onto a label with symmetric thresholds. */
export function sentimentLabel(score: number): SentimentLabel {
  if (score >= 0.25) return 'positive';
  if (score <= -0.25) return 'negative';
  return 'neutral';
}
