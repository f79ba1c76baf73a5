import { CallbridgeError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * How deeply arrays and objects may nest in a document `parseJsonLossless` accepts. Real webhook
 * and REST payloads nest 5 levels at most (a RingSense insights notification); a document nested
 * deeper than this is rejected as invalid JSON, before anything downstream recurses into it.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses JSON like `JSON.parse`, except that:
 * - integers too large for a JS number (beyond 2^53, such as Ringover's 64-bit `call_id`) come
 *   back as strings with every digit;
 * - a number too large for a JS number at all (`1e400`, which `JSON.parse` reads as `Infinity`
 *   and `JSON.stringify` writes as `null`) comes back as a string of its literal text too;
 * - a whole number written with a fraction or an exponent whose digits a JS number does not keep
 *   (`14486597828273463454.0`, `1.4486597828273463454e19`) comes back as the string of the integer
 *   (`"14486597828273463454"`), the same as when it is written as an integer, so an id keeps its
 *   digits whatever form it is written in.
 * Floats and safe integers stay numbers. Bytes must be UTF-8.
 *
 * Throws CallbridgeError `invalid_json` (400) on anything that is not JSON (RFC 8259: a number
 * like `01`, `1-2` or `--1` is rejected, whatever its size) and on arrays or objects nested more
 * than {@link MAX_JSON_DEPTH} levels deep.
 */
export function parseJsonLossless(input: string | Uint8Array): unknown {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = decoder.decode(input);
    } catch (cause) {
      throw new CallbridgeError('invalid_json', 'The body is not valid UTF-8.', {
        cause,
        hint: 'Send JSON encoded as UTF-8.',
      });
    }
  }
  try {
    return JSON.parse(quoteUnsafeIntegers(text));
  } catch (cause) {
    throw new CallbridgeError('invalid_json', `The body is not valid JSON (${(cause as Error).message}).`, {
      cause,
      hint: 'Send a JSON document with Content-Type: application/json.',
    });
  }
}

/**
 * Wraps number literals that a JS number cannot hold (integers beyond 2^53, numbers beyond the
 * float range) in quotes, outside strings only; a whole number written with a fraction or an
 * exponent whose digits a JS number would lose is quoted as its integer's digits. Linear scan;
 * leaves the text untouched (same string) when there is nothing to quote.
 *
 * Throws a SyntaxError on a number literal that is not RFC 8259 JSON and on arrays or objects
 * nested more than {@link MAX_JSON_DEPTH} levels deep (`parseJsonLossless` turns it into
 * `invalid_json`). Anything else that is not JSON is left for `JSON.parse` to reject.
 */
export function quoteUnsafeIntegers(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > MAX_JSON_DEPTH) {
        throw new SyntaxError(
          `arrays and objects nested more than ${MAX_JSON_DEPTH} levels deep at position ${i}`,
        );
      }
      i++;
      continue;
    }
    if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
      i++;
      continue;
    }
    if (c === 45 /* - */ || isDigit(c)) {
      const start = i;
      i = scanNumber(text, i);
      const kept = unsafeNumber(text.slice(start, i));
      if (kept !== null) {
        out ??= [];
        out.push(text.slice(last, start), '"', kept, '"');
        last = i;
      }
      continue;
    }
    i++;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/**
 * The end of the number literal at `start`, which must follow the RFC 8259 grammar
 * `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` and not run on into another
 * number character. Throws a SyntaxError otherwise.
 */
function scanNumber(text: string, start: number): number {
  const n = text.length;
  let i = start;
  if (text.charCodeAt(i) === 45 /* - */) i++;
  if (text.charCodeAt(i) === 48 /* 0 */) i++;
  else if (isDigit(text.charCodeAt(i))) while (i < n && isDigit(text.charCodeAt(i))) i++;
  else return invalidNumber(text, start, i);
  if (text.charCodeAt(i) === 46 /* . */) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return invalidNumber(text, start, i);
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 /* e */ || e === 69 /* E */) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 /* + */ || sign === 45 /* - */) i++;
    if (!isDigit(text.charCodeAt(i))) return invalidNumber(text, start, i);
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  if (i < n && isNumberCharacter(text.charCodeAt(i))) return invalidNumber(text, start, i);
  return i;
}

function invalidNumber(text: string, start: number, at: number): never {
  const shown = text.slice(start, Math.min(at + 1, start + 40));
  throw new SyntaxError(`invalid number "${shown}" at position ${start}`);
}

/**
 * The text to quote for a valid literal a JS number would not hold exactly, else null: an integer
 * beyond 2^53 or any overflow keeps its literal text, a whole number written with a fraction or
 * an exponent becomes its integer's digits (see `lostWhole`).
 */
function unsafeNumber(literal: string): string | null {
  const digits = literal.charCodeAt(0) === 45 /* - */ ? literal.length - 1 : literal.length;
  let integer = true;
  let exponent = false;
  for (let j = literal.length - digits; j < literal.length; j++) {
    const d = literal.charCodeAt(j);
    if (d === 46 /* . */) integer = false;
    else if (d === 101 /* e */ || d === 69 /* E */) {
      integer = false;
      exponent = true;
      break;
    }
  }
  // Only an integer of 16 digits or more can pass 2^53, only an exponent or over 300 digits can
  // pass the float range: the common short literals never reach Number().
  if (integer) return digits >= 16 && !Number.isSafeInteger(Number(literal)) ? literal : null;
  if ((exponent || digits > 300) && !Number.isFinite(Number(literal))) return literal;
  // A double keeps every number of 15 significant digits or fewer: only longer literals can lose one.
  return digits >= 16 ? lostWhole(literal) : null;
}

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * The digits of the integer a literal with a fraction or an exponent stands for, when it is a
 * whole number and the JS number `JSON.parse` would make of it has other significant digits
 * (`14486597828273463454.0` → `14486597828273463454`, not 14486597828273463000). Null for a
 * number with a fraction (a float stays a float) and for one a double keeps (`9007199254740992.0`,
 * `1.5e300`).
 */
function lostWhole(literal: string): string | null {
  const match = NUMBER.exec(literal);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', shift = '0'] = match;
  const all = whole + fraction;
  const significant = all.replace(/^0+/, '');
  const point = whole.length - (all.length - significant.length) + Number(shift);
  const digits = significant.replace(/0+$/, '');
  if (digits === '' || digits.length > point) return null;
  const [mantissa = ''] = Number(literal).toExponential().split('e');
  if (mantissa.replace(/[-.]/g, '').replace(/0+$/, '') === digits) return null;
  return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Characters that may continue a number: digits, sign, dot, exponent. */
function isNumberCharacter(code: number): boolean {
  return isDigit(code) || code === 43 || code === 45 || code === 46 || code === 101 || code === 69;
}
