import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { PartyNumber } from '../model/call-event.js';
import { numberPart } from './uri.js';

export interface PhoneOptions {
  /** Region for national numbers ("0470 12 34 56" with 'BE'). Without it they become null. */
  defaultRegion?: CountryCode;
}

/** Long enough for a SIP name-addr with a display name and parameters; bounds the parsing work. */
const MAX_INPUT_LENGTH = 256;
const WITHHELD =
  /^(anonymous|withheld|private|unknown|restricted|unavailable|hidden|masqu[ée]|inconnu|priv[ée])$/i;
/** Separators people and providers put in numbers; removed before parsing. */
const SEPARATORS = /[\s.\-()/\u00a0\u2010-\u2015\u2212]/g;

/**
 * Normalizes a phone number to E.164. Accepts "+32470123456", "0032470123456",
 * "0470 12 34 56" or "(323) 555-1234" (with a default region), digits without "+"
 * ("32470123456", as Ringover sends them: read as a national number of the default region when
 * they are a valid one, else as international), JSON numbers, and spaces, dots, dashes and
 * parentheses. Also the number of a `tel:` URI (`tel:+33-1-23-45-67-89`, `tel:0123456789;
 * phone-context=+33`) or of a SIP URI's user part (`sip:+33123456789@host;user=phone`, also in
 * `"Bob" <sip:...>`), and a number with an extension (`+1 201-555-0123 ext. 1234`, `x1234`,
 * `#1234`, `;ext=1234`): E.164 has no extension, so the main number is given (what a contact
 * lookup matches). Withheld, anonymous, empty or unparseable input, and a SIP URI with a user
 * name (`sip:alice@host`), give `e164: null`, with `raw` keeping what was received. Never throws.
 */
export function normalizePhone(input: unknown, options: PhoneOptions = {}): PartyNumber {
  const raw = rawOf(input);
  if (raw === null) return { raw: null, e164: null };
  return { raw, e164: toE164(raw, options.defaultRegion) };
}

function rawOf(input: unknown): string | null {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' && Number.isFinite(input)) return String(Math.trunc(input));
  if (typeof input === 'bigint') return input.toString();
  return null;
}

function toE164(raw: string, region: CountryCode | undefined): string | null {
  if (raw.length === 0 || raw.length > MAX_INPUT_LENGTH) return null;
  const text = raw.normalize('NFKC').trim();
  if (text.length === 0 || WITHHELD.test(text)) return null;
  const part = numberPart(text);
  if (part === null) return null;
  // "+32 (0)470 ..." : the national trunk prefix written after the country code.
  let compact = part.number.replace(/^(\+\d{1,3})\s*\(0\)/, '$1').replace(SEPARATORS, '');
  if (!/^\+?\d{3,20}$/.test(compact)) return null;
  // A local number of a global phone-context: "+33" then "23456789", or a national number of
  // that country ("0123456789" with "+33"). Never handed to libphonenumber-js as a URI: its
  // phone-context check keeps state between calls and refuses every other call.
  if (part.context !== null && !compact.startsWith('+')) {
    return valid(`${part.context}${compact}`, undefined) ?? valid(compact, undefined, part.context.slice(1));
  }
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  if (compact.startsWith('+')) return valid(compact, undefined);
  if (compact.startsWith('0')) return region ? valid(compact, region) : null;
  // Digits without "+": a national number of the default region when they are one ("(323)
  // 555-1234" in the US, "13235551234", "32470123456" in BE: the region's own country code is
  // understood), else an international number missing its plus (as Ringover sends them). Trying
  // the international reading first made one US number in five a foreign one (+32 3 555 12 34).
  return (region ? valid(compact, region) : null) ?? valid(`+${compact}`, undefined);
}

function valid(text: string, region: CountryCode | undefined, callingCode?: string): string | null {
  try {
    const parsed = callingCode
      ? parsePhoneNumberFromString(text, { defaultCallingCode: callingCode })
      : parsePhoneNumberFromString(text, region);
    return parsed?.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}
