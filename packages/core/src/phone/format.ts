import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** "+32470123456" → "+32 470 12 34 56" for display; anything else is returned as is. */
export function formatPhoneInternational(e164: string): string {
  try {
    return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  } catch {
    return e164;
  }
}
