import { formatPhoneNumber } from '@callbridge/react';

/**
 * The `formatNumber` the components take: Belgian numbers (the demo firms' plan) as the server
 * writes them in titles (`+32 470 12 34 56`, `+32 2 555 12 34`), others as `@callbridge/react`
 * does. An app with callers from many countries passes libphonenumber-js here instead.
 */
export function formatNumber(e164: string): string {
  const mobile = /^\+32(4\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  if (mobile) return `+32 ${mobile.slice(1).join(' ')}`;
  const oneDigitArea = /^\+32([2349])(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (oneDigitArea) return `+32 ${oneDigitArea.slice(1).join(' ')}`;
  const twoDigitArea = /^\+32(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  if (twoDigitArea) return `+32 ${twoDigitArea.slice(1).join(' ')}`;
  return formatPhoneNumber(e164);
}
