import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { PartyNumber } from '../model/call-event.js';

export interface PhoneOptions {
  /** Region for national numbers ("0470 12 34 56" with 'BE'). Without it they become null. */
  defaultRegion?: CountryCode;
}

const MAX_INPUT_LENGTH = 64;
const WITHHELD =
  /^(anonymous|withheld|private|unknown|restricted|unavailable|hidden|masqu[ée]|inconnu|priv[ée])$/i;
/** Separators people and providers put in numbers; removed before parsing. */
const SEPARATORS = /[\s.\-()/\u00a0\u2010-\u2015\u2212]/g;

/**
 * Normalizes a phone number to E.164. Accepts "+32470123456", "0032470123456",
 * "0470 12 34 56" or "(323) 555-1234" (with a default region), digits without "+"
 * ("32470123456", as Ringover sends them: read as a national number of the default region when
 * they are a valid one, else as international), JSON numbers, and spaces, dots, dashes and
 * parentheses. Withheld, anonymous, empty or
 * unparseable input gives `e164: null`, with `raw` keeping what was received. Never throws.
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
  // "+32 (0)470 ..." : the national trunk prefix written after the country code.
  let compact = text.replace(/^(\+\d{1,3})\s*\(0\)/, '$1').replace(SEPARATORS, '');
  if (!/^\+?\d{3,20}$/.test(compact)) return null;
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  if (compact.startsWith('+')) return valid(compact, undefined);
  if (compact.startsWith('0')) return region ? valid(compact, region) : null;
  // Digits without "+": a national number of the default region when they are one ("(323)
  // 555-1234" in the US, "13235551234", "32470123456" in BE: the region's own country code is
  // understood), else an international number missing its plus (as Ringover sends them). Trying
  // the international reading first made one US number in five a foreign one (+32 3 555 12 34).
  return (region ? valid(compact, region) : null) ?? valid(`+${compact}`, undefined);
}

function valid(text: string, region: CountryCode | undefined): string | null {
  try {
    const parsed = parsePhoneNumberFromString(text, region);
    return parsed?.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}
