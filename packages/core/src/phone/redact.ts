/**
 * Hides all but the last two digits of a phone number for logs: "+32470123456" → "+32*******56".
 * Keeps a leading "+" and country-code-sized prefix of up to 2 digits. Non-strings become "[none]".
 */
export function redactPhone(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '[none]';
  const text = String(value);
  const digits = text.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const plus = text.trim().startsWith('+') ? '+' : '';
  const head = digits.slice(0, 2);
  const tail = digits.slice(-2);
  return `${plus}${head}${'*'.repeat(digits.length - 4)}${tail}`;
}

/**
 * An international number: "+" or "00" and a country code (never 0), then 7 to 15 digits in all,
 * grouped by spaces, dots, dashes, parentheses or slashes, a slash with or without spaces around
 * it (`+33 6 12 34 56 78`, `0032/470.12.34.56`, `+32 (0)470/12.34.56`, `+49 30 / 123 456 78`).
 * The "+" may be percent-encoded, as in a SIP URI's user part (`sip:%2B33123456789@host`).
 * A 0 after a slash starts something else: the next number of a list (`0033 1 23 45 67 89/06 12
 * 34 56 78`) or a zero-padded id (`000123/000456`), so the match ends before the slash.
 */
const INTERNATIONAL =
  /(?<![\w+])(?:(?:\+|%2[Bb])\(?\d|00\(?[1-9])(?:(?:[\s.()-]{0,2}|[\s.()-]?\/[\s.()-]?(?!0))\d){6,14}(?!\d)/g;
/** A national or bare number: 9 to 15 digits, alone or in groups split by single spaces. */
const BARE = /(?<![\w+.-])\d(?: ?\d){8,14}(?![\w.-]?\d)/g;
/**
 * A national number written with dots, dashes or parentheses, one separator throughout:
 * `06.12.34.56.78`, `06-12-34-56-78` (five pairs from 0), `415-555-2671`, `415.555.2671` and
 * `(415) 555-2671`. Dates (4-2-2 digits), times and IPv4 addresses have other shapes.
 */
const GROUPED =
  /(?<![\w+.-])(?:0\d([.-])\d{2}(?:\1\d{2}){3}|\d{3}([.-])\d{3}\2\d{4}|\(\d{3}\) ?\d{3}[-.]\d{4})(?![\w.-]?\d)/g;
/**
 * A national number from 0 with mixed separators, as written in Belgium or Germany: a 2 to 4
 * digit area or mobile prefix, a slash (spaces around it allowed), dot, dash or space, then two to
 * four groups of 2 or 3 digits split by dots, dashes or spaces (`0470/12.34.56`, `02/512 34 56`,
 * `030-123 456 78`, `040 / 123 456 78`); or the subscriber part as one block of 4 to 8 digits
 * after a slash or dash (`030/12345678`, `06-12345678`, `089/1234-5678`) or after an area code in
 * parentheses (`(030) 12345678`, `(020) 7946 0958`). Only with 9 to 12 digits in all (see
 * {@link MIXED_DIGITS}): `01/12/2024`, `01.12.2024` or `ticket 012-34567` stay readable; nor
 * after a time's colon (`12:00/0123-4567`), while `to:030/12345678` is a number.
 */
const MIXED =
  /(?<![\w+./-]|\d:)(?:0\d{1,3}(?: ?\/ ?|[ .-])\d{2,3}(?:[ .-]\d{2,3}){1,3}|0\d{1,4} ?[/-] ?\d{4,8}(?:-\d{1,4})?|\(0\d{1,4}\) ?\d{3,8}(?:[ .-]\d{2,4}){0,2})(?![\w./-]?\d)/g;
/** How many digits a {@link MIXED} match has when it is a phone number. */
const MIXED_DIGITS = { min: 9, max: 12 };

/**
 * A free text (an error message from an integrator's directory or routing function, an upstream
 * answer) with the phone numbers in it redacted by {@link redactPhone}: every `known` number (the
 * numbers the failed work was given, as sent or as digits only), then anything that looks like
 * an international number (`+33 6 12 34 56 78`, `0033612345678`), a national number grouped by
 * dots, dashes or parentheses (`06.12.34.56.78`, `(415) 555-2671`), or with mixed separators
 * (`0470/12.34.56`, `030/12345678`, `(030) 12345678`), or a long run of digits (`0470 12 34 56`,
 * `33612345678`). For logs; shorter ids, dates, times and addresses stay readable.
 */
export function redactPhoneNumbers(
  text: string,
  known: ReadonlyArray<string | null | undefined> = [],
): string {
  let out = text;
  for (const number of known) {
    if (!number) continue;
    const forms = new Set([number.trim(), number.replace(/\D/g, '')]);
    for (const form of forms)
      if (form.replace(/\D/g, '').length >= 5) out = out.split(form).join(redactPhone(form));
  }
  return out
    .replace(INTERNATIONAL, redactInternational)
    .replace(GROUPED, (match) => redactPhone(match))
    .replace(MIXED, (match) => {
      const digits = match.replace(/\D/g, '').length;
      return digits >= MIXED_DIGITS.min && digits <= MIXED_DIGITS.max ? redactPhone(match) : match;
    })
    .replace(BARE, (match) => redactPhone(match));
}

/** `%2B33123456789` → `%2B33*******89`: the encoded plus kept as written, not read as digits. */
function redactInternational(match: string): string {
  if (!match.startsWith('%')) return redactPhone(match);
  return `${match.slice(0, 3)}${redactPhone(`+${match.slice(3)}`).slice(1)}`;
}
