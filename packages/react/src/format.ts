import type { Interaction } from '@callbridge/core';

/** Seconds as `m:ss` (or `h:mm:ss` from one hour). Negative, missing or NaN values give `0:00`. */
export function formatDuration(seconds: number | null | undefined): string {
  const total = Math.max(0, Math.floor(seconds as number) || 0);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * `locale` when Intl accepts it (`fr`, `fr-BE`), else `en`: a tag Intl refuses (`fr_FR`, '')
 * throws a RangeError, which must not take the component down. Undefined stays undefined (the
 * browser's own locale).
 */
export function intlLocale<T extends string | undefined>(locale: T): T | 'en' {
  try {
    if (locale !== undefined) Intl.getCanonicalLocales(locale);
    return locale;
  } catch {
    return 'en';
  }
}

/**
 * A number for `locale` (default `en`, the language of the default labels): `1,5` in French.
 * `digits` fixes the fraction digits; without it, up to three are shown.
 */
export const formatNumber = (value: number, locale = 'en', digits?: number) =>
  new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/**
 * The other party's number of a call: the caller of an inbound call, the callee of an outbound
 * one. E.164 when the server normalized it, else the raw value, else null (withheld).
 */
export function externalNumber(interaction: Interaction): string | null {
  const m = interaction.metadata;
  return m.direction === 'outbound'
    ? (m.calleeNumber ?? m.calleeNumberRaw ?? null)
    : (m.callerNumber ?? m.callerNumberRaw ?? null);
}

/**
 * A readable form of an E.164 number of two plans only: North America (`+14155550100` →
 * `+1 415 555 0100`) and France (`+33123456789` → `+33 1 23 45 67 89`). Every other value,
 * including numbers of other plans, is returned unchanged: the browser bundle carries no
 * numbering-plan data. The components take a `formatNumber` prop to format others (e.g. with
 * libphonenumber-js in your app).
 */
export function formatPhoneNumber(value: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
  if (us) return `+1 ${us[1]} ${us[2]} ${us[3]}`;
  const fr = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (fr) return `+33 ${fr.slice(1).join(' ')}`;
  return value;
}
