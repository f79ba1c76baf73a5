import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Formatted numbers kept (least recently used dropped first): a call's events repeat its numbers. */
const CACHE_SIZE = 1000;
const cache = new Map<string, string>();

function format(e164: string): string {
  try {
    return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  } catch {
    return e164;
  }
}

/** "+32470123456" → "+32 470 12 34 56" for display; anything else is returned as is. */
export function formatPhoneInternational(e164: string): string {
  const hit = cache.get(e164);
  if (hit !== undefined) {
    cache.delete(e164);
    cache.set(e164, hit);
    return hit;
  }
  const formatted = format(e164);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(e164, formatted);
  return formatted;
}
