import { CallbridgeError, redactPhoneNumbers } from '@callbridge/core';
import { z } from 'zod';
import { IdSchema } from '../schema/primitives.js';
import { CallCountSchema, type RingoverCallRow, RingoverCallRowSchema } from './schema.js';

/** A `/calls` row left out because it does not match the schema. */
export interface SkippedCallRow {
  /** Its `cdr_id` when that is an integer, else null. */
  cdrId: string | null;
  /** The fields at fault and why (phone numbers redacted; no values). */
  problems: string;
}

/** A `/calls` page checked as a list only: its rows are checked one by one. */
export const RawCallListSchema = z.looseObject({
  call_list: z.array(z.unknown()).nullish(),
  call_list_count: CallCountSchema,
  total_call_count: CallCountSchema,
  total_missed_call_count: CallCountSchema,
});

/** `GET /calls/{call_id}`: a list of rows, or `{call_list}`, rows checked one by one. */
export const RawCallLogsSchema = z.union([
  z.array(z.unknown()),
  RawCallListSchema.transform((list) => list.call_list ?? []),
]);

const CdrIdSchema = IdSchema.pipe(z.string().regex(/^\d+$/));

/** The rows of a page that match, the ones that do not, and the oldest integer `cdr_id` of all. */
export interface CheckedRows {
  rows: RingoverCallRow[];
  skipped: SkippedCallRow[];
  /** The cursor for the next page: the smallest integer `cdr_id`, bad rows included. */
  oldestCdrId: string | null;
}

/** Checks each row on its own, so one malformed row costs only itself. */
export function checkRows(raw: readonly unknown[]): CheckedRows {
  const out: CheckedRows = { rows: [], skipped: [], oldestCdrId: null };
  for (const item of raw) {
    const record = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const cdr = CdrIdSchema.safeParse(record.cdr_id);
    const cdrId = cdr.success ? cdr.data : null;
    if (cdrId !== null && (out.oldestCdrId === null || BigInt(cdrId) < BigInt(out.oldestCdrId))) {
      out.oldestCdrId = cdrId;
    }
    const parsed = RingoverCallRowSchema.safeParse(item);
    if (parsed.success) {
      out.rows.push(parsed.data);
      continue;
    }
    const known = [record.from_number, record.to_number, record.contact_number].map((n) =>
      typeof n === 'string' || typeof n === 'number' ? String(n) : null,
    );
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
      .join('; ');
    out.skipped.push({ cdrId, problems: redactPhoneNumbers(problems, known).slice(0, 300) });
  }
  return out;
}

/** A whole answer checked against `schema`; a mismatch is `upstream_error` naming the fields. */
export function checkAnswer<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = result.error.issues
    .slice(0, 3)
    .map((i) => i.path.join('.'))
    .join(', ');
  throw new CallbridgeError(
    'upstream_error',
    `Ringover's ${what} answer has unexpected fields (${fields}).`,
    {
      hint: 'The API may have changed; report it with the field names.',
    },
  );
}
