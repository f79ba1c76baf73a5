import { z } from 'zod';
import { CallbridgeError } from '../errors.js';
import { ExtractedTaskSchema, SentimentSchema, TranscriptSegmentSchema } from '../model/insights.js';

/** What a `Transcriber` must return. */
export const TranscriptionSchema = z.object({
  text: z.string(),
  segments: z.array(TranscriptSegmentSchema),
  language: z.string().optional(),
});

/** What a `Summarizer` must return. */
export const SummarySchema = z.object({
  summary: z.string(),
  highlights: z.array(z.string()).optional(),
  nextSteps: z.array(z.string()).optional(),
});

/** What a `SentimentAnalyzer` must return. */
export const SentimentOutputSchema = SentimentSchema;

/** What a `TaskExtractor` must return. */
export const TasksOutputSchema = z.array(ExtractedTaskSchema);

/** One AI port, for messages: its config key and the shape it must return. */
export interface AiPortInfo {
  /** e.g. 'ai.summarizer'. */
  key: string;
  /** e.g. '{ summary: string, highlights?: string[], nextSteps?: string[] }'. */
  shape: string;
}

/** The class name of a port object, when it has one (a plain object has none). */
function className(port: unknown): string | null {
  const name = (port as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? name : null;
}

/**
 * Parses what an AI port returned with the model's schema. Invalid output throws an
 * `upstream_error` naming the port and each invalid field with what was expected: never the
 * value, which may be anything the provider sent.
 */
export function parseAiOutput<T>(schema: z.ZodType<T>, value: unknown, info: AiPortInfo, port: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const name = className(port);
  const who = name ? `${info.key} (${name})` : info.key;
  const fields = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the result'}: ${issue.message}`)
    .join('; ');
  throw new CallbridgeError(
    'upstream_error',
    `${who} returned an invalid result (${fields}); nothing was stored.`,
    { hint: `Make ${info.key} return ${info.shape}.` },
  );
}
