import { z } from 'zod';
import { CallbridgeError } from '../errors.js';
import { DirectionSchema, SourceSchema } from '../model/call-event.js';
import { CallTypeSchema } from '../model/interaction.js';
import { ISO_DATE, isRealIsoDate, toUtcIso } from '../model/iso-time.js';
import type { InteractionFilter } from '../ports/interactions.js';

/** Largest page of GET /calls; a larger `limit` is a 400, never silently capped. */
export const MAX_PAGE_SIZE = 100;
/** Page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 25;
/** Longest range GET /calls/stats accepts, in days. */
export const MAX_STATS_DAYS = 400;
const DAY_MS = 86_400_000;

/**
 * A date-time whose `+hh:mm` offset was written unencoded: in a query string `+` means a space, so
 * `…T09:30:00+01:00` arrives as `…T09:30:00 01:00`. A space can stand nowhere else there.
 */
const SPACED_OFFSET = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?) (\d{2}:?\d{2})$/;

/**
 * A date (`2026-03-01`, midnight UTC) or a date-time with its zone (`2026-03-01T09:30:00+01:00`,
 * the `+` encoded as `%2B` or not), as an ISO string in UTC. A date-time without a zone is refused
 * rather than read in the server's time zone, which would make the same query answer differently
 * on another server.
 */
const isoDate = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(SPACED_OFFSET, '$1+$2') : value),
  z
    .string()
    .regex(ISO_DATE, 'an ISO-8601 date (YYYY-MM-DD) or date-time with Z or an offset')
    .refine(isRealIsoDate, 'a date that exists')
    .transform(toUtcIso),
);

/** Ids are opaque text without control characters (a NUL would reach the store as bad input). */
const id = z
  .string()
  .min(1)
  .max(200)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'an id without control characters');

const ListQuerySchema = z.object({
  direction: DirectionSchema.optional(),
  source: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(SourceSchema)
    .optional(),
  contactId: id.optional(),
  caseId: id.optional(),
  callType: CallTypeSchema.optional(),
  status: CallTypeSchema.optional(),
  eventType: z.enum(['CALL', 'SMS']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  cursor: z.string().min(1).max(2000).optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_PAGE_SIZE))
    .default(DEFAULT_PAGE_SIZE),
});

const StatsQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });

function invalid(detail: string, details?: Record<string, unknown>): CallbridgeError {
  return new CallbridgeError('invalid_query', `Invalid query: ${detail}.`, {
    hint: `Fix the query string (limit is 1..${MAX_PAGE_SIZE}; dates are ISO-8601).`,
    ...(details ? { details } : {}),
  });
}

/**
 * Parameters every calls route leaves alone: `_`, the cache-buster jQuery's `cache: false`
 * appends, and Next.js's route parameters (`nxtPpath`, `nxtI…`), which a deployment's rewrite of
 * a catch-all route (`…/[...path]?nxtPpath=calls`) may leave in the URL.
 */
function ignored(key: string): boolean {
  return key === '_' || key.startsWith('nxtP') || key.startsWith('nxtI');
}

/** Longest parameter name quoted back in an error. */
const MAX_QUOTED_NAME = 100;

/** The accepted parameter `name` most likely stands for: same letters in another case, a prefix, or a typo. */
function intended(name: string, accepted: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  return (
    accepted.find((candidate) => candidate.toLowerCase() === lower) ??
    accepted.find((candidate) => lower.length >= 3 && candidate.toLowerCase().startsWith(lower)) ??
    accepted.find((candidate) => editDistance(lower, candidate.toLowerCase()) <= 2)
  );
}

/** Levenshtein distance, for names of a few letters. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The 400 of a parameter the route does not take. Silently dropping it would answer as if a
 * filter were applied (a typo such as `contact=` lists every call), so the client is told instead.
 */
function unknownParameter(key: string, accepted: readonly string[]): CallbridgeError {
  const name = key.length > MAX_QUOTED_NAME ? `${key.slice(0, MAX_QUOTED_NAME)}…` : key;
  const guess = intended(key, accepted);
  const takes = accepted.length > 0 ? `it takes ${accepted.join(', ')}` : 'it takes no query parameters';
  const details = { parameter: key.slice(0, MAX_QUOTED_NAME), accepted: [...accepted] };
  return new CallbridgeError(
    'invalid_query',
    `Invalid query: unknown parameter ${JSON.stringify(name)}${guess ? ` (did you mean "${guess}"?)` : ''}; ${takes}.`,
    { hint: 'Correct or remove the parameter; names are case-sensitive.', details },
  );
}

/**
 * Query parameters as an object. A parameter the route does not take, or one given twice (the
 * route reads one value), is a 400 rather than silently dropped or picked.
 */
function queryObject(url: URL, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (ignored(key)) continue;
    if (!allowed.includes(key)) throw unknownParameter(key, allowed);
    if (key in out) throw invalid(`"${key}" is given more than once`, { parameter: key });
    out[key] = value;
  }
  return out;
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(issue ? `${issue.path.join('.') || 'query'}: ${issue.message}` : 'unreadable');
  }
  return result.data;
}

/**
 * The filter and page of GET /calls, validated. `status` is an alias of `callType`. A parameter it
 * does not take, or one given twice, is an `invalid_query` error whose `details` name it
 * (`parameter`) and list the ones it takes (`accepted`); `_` (a cache-buster) is ignored.
 */
export function parseListQuery(url: URL): {
  filter: InteractionFilter;
  limit: number;
  cursor: string | null;
} {
  const q = parse(ListQuerySchema, queryObject(url, Object.keys(ListQuerySchema.shape)));
  if (q.callType && q.status && q.callType !== q.status) throw invalid('"callType" and "status" disagree');
  if (q.from && q.to && q.from > q.to) throw invalid('"from" is after "to"');
  const filter: InteractionFilter = {};
  if (q.direction) filter.direction = q.direction;
  if (q.source) filter.source = q.source;
  if (q.contactId) filter.contactId = q.contactId;
  if (q.caseId) filter.caseId = q.caseId;
  const callType = q.callType ?? q.status;
  if (callType) filter.callType = callType;
  if (q.eventType) filter.eventType = q.eventType;
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  return { filter, limit: q.limit, cursor: q.cursor ?? null };
}

/** Checks the query of GET /calls/:id, which takes no parameters (see {@link parseListQuery}). */
export function parseGetQuery(url: URL): void {
  queryObject(url, []);
}

/** The range of GET /calls/stats: `[from, to)`, defaulting to the 30 days before `now`. */
export function parseStatsQuery(url: URL, now: number): { from: string; to: string } {
  const q = parse(StatsQuerySchema, queryObject(url, ['from', 'to']));
  const to = q.to ?? new Date(now).toISOString();
  const from = q.from ?? new Date(Date.parse(to) - 30 * DAY_MS).toISOString();
  if (from > to) throw invalid('"from" is after "to"');
  if (Date.parse(to) - Date.parse(from) > MAX_STATS_DAYS * DAY_MS) {
    throw invalid(`the range is longer than ${MAX_STATS_DAYS} days`);
  }
  return { from, to };
}
