import { z } from 'zod';

/** An id of zeros only (`0`, `"000"`): PHP writes a missing id as 0, so it names nothing. */
function isZeroId(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString() === '0';
  return typeof value === 'string' && /^\s*0+\s*$/.test(value);
}

/**
 * An id as Ringover sends it: a JSON string, a JSON number, or (after lossless parsing) the digit
 * string of a 64-bit integer. Always a string afterwards (trimmed), so `call_id` keeps every
 * digit. A blank id, or one of zeros only, names nothing and is refused.
 */
export const IdSchema = z
  .union([z.string().trim().min(1), z.number(), z.bigint()])
  .transform((value) => (typeof value === 'string' ? value : value.toString()))
  .refine((value) => !isZeroId(value), 'an id (not 0)');

/** `schema`, optional, with a value sent empty (`""`, blanks) read as absent (null), not a bad body. */
function blankAsAbsent<S extends z.ZodType>(schema: S) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    schema.nullish(),
  );
}

/**
 * An optional id (see IdSchema): absent (null or undefined) when sent as null, empty (`""`,
 * blanks) or 0 (`0`, `"0"`), which is how a PHP backend writes an id it does not have.
 */
export const OptionalIdSchema = z.preprocess(
  (value) => (isZeroId(value) || (typeof value === 'string' && value.trim() === '') ? null : value),
  IdSchema.nullish(),
);

/** A number sent as a JSON number or a numeric string. */
export const NumberishSchema = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'a number')
    .transform(Number),
]);

/** Seconds, as a number, a numeric string, or a string with an `s` unit (`"30s"`). */
export const DurationSchema = z.union([
  z.number().nonnegative(),
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?\s*s?$/i, 'seconds, like 172 or "30s"')
    .transform((s) => Number.parseFloat(s)),
]);

/** An optional duration (see DurationSchema); one sent empty is absent. */
export const OptionalDurationSchema = blankAsAbsent(DurationSchema);

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
/** Ends with `Z` or a `±hh:mm` / `±hhmm` / `±hh` offset. */
const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * A point in time as Ringover sends it: float epoch seconds with microseconds
 * (`1554823493.762305`), a numeric string, or an ISO-8601 / PHP "ATOM" string (one without an
 * offset is UTC, whatever the server's time zone). Epoch seconds afterwards. Epoch values above 1e11 are taken as milliseconds.
 */
export const EpochSchema = z.union([z.number(), z.string().trim().min(1)]).transform((value, ctx) => {
  const seconds = toEpochSeconds(value);
  if (seconds === null) {
    ctx.addIssue({ code: 'custom', message: 'epoch seconds or an ISO-8601 date' });
    return z.NEVER;
  }
  return seconds;
});

/**
 * An optional point in time (see EpochSchema). A time sent empty (`""`), as 0 or as a zero date
 * (`0000-00-00 00:00:00`), as a PHP backend writes a time it does not have, is absent (null):
 * not a malformed body, nor a call answered in 1970.
 */
export const OptionalEpochSchema = z.preprocess(
  (value) => (isAbsentTime(value) ? null : value),
  EpochSchema.nullish(),
);

function isAbsentTime(value: unknown): boolean {
  if (typeof value === 'number') return value === 0;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === '' || /^0+(\.0+)?$/.test(text) || /^0000-00-00/.test(text);
}

/** The largest distance from the epoch a JS Date holds, in seconds (8.64e15 ms). */
const MAX_DATE_SECONDS = 8.64e12;

/** Epoch seconds of a number, numeric string or ISO string, or null (also for a time no Date holds). */
export function toEpochSeconds(value: number | string): number | null {
  if (typeof value === 'number') return inDateRange(scale(value));
  if (/^-?\d+(\.\d+)?$/.test(value)) return inDateRange(scale(Number(value)));
  if (!ISO_LIKE.test(value)) return null;
  // A date-time without an offset is UTC (as Ringover's API writes them), never the server's zone.
  const iso = value.replace(' ', 'T');
  const ms = Date.parse(HAS_OFFSET.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? null : ms / 1000;
}

function scale(n: number): number {
  return n > 1e11 ? n / 1000 : n;
}

function inDateRange(seconds: number): number | null {
  return Number.isFinite(seconds) && Math.abs(seconds) <= MAX_DATE_SECONDS ? seconds : null;
}

/** A flag as `true`/`false`, `0`/`1`, or those as strings. */
export const FlagSchema = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1', 'true', 'false'])])
  .transform((value) => value === true || value === 1 || value === '1' || value === 'true');

/** An optional flag (see FlagSchema); one sent empty (PHP writes false as `""`) is absent. */
export const OptionalFlagSchema = blankAsAbsent(FlagSchema);

/** A phone number as sent: digits without "+" as a string or a JSON number. Kept as text. */
export const PhoneRawSchema = z
  .union([z.string(), z.number(), z.bigint()])
  .transform((value) => (typeof value === 'string' ? value : value.toString()));

/** The longest link kept: most servers refuse a longer request line (414). */
const MAX_LINK_LENGTH = 8192;

/**
 * A link that may be absent, null or an empty string (all mean "none"). Only an absolute http(s)
 * URL is kept (a scheme-relative `//host/...` one is read as https, as Ringover's CDN serves
 * it), and as a client fetches it (the WHATWG URL form: `HTTPS://Host` is `https://host`, a tab or
 * line break is dropped, `https:host` is `https://host/`), so that no reader of the stored link
 * can take it for another one. Anything else (`javascript:`, `data:`, a bare path, words, a link
 * longer than 8 KiB) is "none" too, since no client could fetch it.
 */
export const LinkSchema = z
  .string()
  .nullish()
  .transform((value) => httpLink(value));

function httpLink(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const link = text.startsWith('//') ? `https:${text}` : text;
  try {
    const url = new URL(link);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.length <= MAX_LINK_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}

/** `inbound`/`outbound` (webhooks) or `in`/`out` (REST), any case. Unknown values become null. */
export const RingoverDirectionSchema = z
  .string()
  .nullish()
  .transform((value): 'inbound' | 'outbound' | null => {
    const v = value?.trim().toLowerCase();
    if (v === 'inbound' || v === 'in' || v === 'incoming') return 'inbound';
    if (v === 'outbound' || v === 'out' || v === 'outgoing') return 'outbound';
    return null;
  });

/** Tags as a list of strings, numbers or `{name}` objects, or one comma-separated string. */
export const TagsSchema = z
  .union([z.array(z.union([z.string(), z.number(), z.looseObject({ name: z.string() })])), z.string()])
  .nullish()
  .transform((value): string[] | null => {
    if (value == null) return null;
    const list = typeof value === 'string' ? value.split(',') : value;
    return list.map((t) => (typeof t === 'object' ? t.name : String(t)).trim()).filter((t) => t.length > 0);
  });
