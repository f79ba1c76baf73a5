import { CallbridgeError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses JSON like `JSON.parse`, except that integers too large for a JS number (beyond 2^53,
 * such as Ringover's 64-bit `call_id`) come back as strings with every digit. Floats and safe
 * integers stay numbers. Bytes must be UTF-8.
 *
 * Throws CallbridgeError `invalid_json` (400) on anything that is not JSON.
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
 * Wraps integer literals that a JS number cannot hold exactly in quotes, outside strings only.
 * Linear scan; leaves the text untouched (same string) when there is nothing to quote.
 */
export function quoteUnsafeIntegers(text: string): string {
  let out: string[] | null = null;
  let last = 0;
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
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      const start = i;
      if (c === 45) i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let integer = true;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45 || isDigit(d)) {
          if (d === 46 || d === 101 || d === 69) integer = false;
          i++;
        } else break;
      }
      const literal = text.slice(start, i);
      const digits = literal.startsWith('-') ? literal.length - 1 : literal.length;
      if (integer && digits >= 16 && !Number.isSafeInteger(Number(literal))) {
        out ??= [];
        out.push(text.slice(last, start), '"', literal, '"');
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

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
