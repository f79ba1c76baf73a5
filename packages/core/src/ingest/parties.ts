import type { CountryCode } from 'libphonenumber-js';
import type { CallEvent, PartyNumber } from '../model/call-event.js';
import { createPhoneNormalizer } from '../phone/index.js';

type Normalizer = ReturnType<typeof createPhoneNormalizer>;

/** One cached normalizer per default region, shared by every bridge that uses that region. */
const normalizers = new Map<string, Normalizer>();

function normalizerFor(defaultRegion: CountryCode | undefined): Normalizer {
  const key = defaultRegion ?? '';
  let normalizer = normalizers.get(key);
  if (!normalizer) {
    normalizer = createPhoneNormalizer(defaultRegion ? { defaultRegion } : {});
    normalizers.set(key, normalizer);
  }
  return normalizer;
}

/**
 * Normalizes one party to E.164. The provider's raw value is kept as sent; when a provider only
 * filled `e164`, that value is normalized too (and kept as the raw). A provider `e164` that is a
 * valid E.164 number ("+" and digits, checked like any outside data) is kept when the raw value
 * does not say the number itself: it does not normalize (a SIP URI, a national number without a
 * default region), or it is written without "+" or "00", so that only the default region would
 * read it (Ringover's international digits without "+": "33612345678" is not a German number in
 * a DE bridge). A raw value written with "+" or "00" wins. Never throws: withheld, anonymous or
 * unparseable numbers get a null `e164`.
 */
export function normalizeParty(party: PartyNumber, defaultRegion: CountryCode | undefined): PartyNumber {
  const input = party.raw ?? party.e164;
  if (input === null || input === undefined) return { raw: null, e164: null };
  if (input !== party.e164 && !/^\s*(\+|00)/.test(input)) {
    const given = validE164(party.e164);
    if (given !== null) return { raw: input, e164: given };
  }
  const normalized = normalizerFor(defaultRegion).normalize(input);
  if (normalized.e164 === null && input !== party.e164) {
    return { raw: input, e164: validE164(party.e164) };
  }
  return { raw: input, e164: normalized.e164 };
}

const E164 = /^\+[1-9]\d{1,14}$/;

/** The value when it is a valid number written in E.164 exactly, else null. */
function validE164(value: unknown): string | null {
  if (typeof value !== 'string' || !E164.test(value)) return null;
  return normalizerFor(undefined).normalize(value).e164 === value ? value : null;
}

/** Both parties of a call, normalized. */
export interface Parties {
  from: PartyNumber;
  to: PartyNumber;
}

/** Normalizes `from` and `to` of an event. */
export function normalizeParties(event: CallEvent, defaultRegion: CountryCode | undefined): Parties {
  return { from: normalizeParty(event.from, defaultRegion), to: normalizeParty(event.to, defaultRegion) };
}

/**
 * The numbers to match a CRM contact by, best first: the external party is the caller of an
 * inbound call and the callee of an outbound one. Internal calls have no external party. When the
 * direction is unknown, the caller is tried before the callee: a guess, which ingest only uses for
 * a call that has no contact yet (it never replaces a link, so arrival order does not matter).
 */
export function externalNumbers(direction: CallEvent['direction'], parties: Parties): string[] {
  const from = parties.from.e164;
  const to = parties.to.e164;
  const pick = (...values: Array<string | null>) => values.filter((v): v is string => v !== null);
  switch (direction) {
    case 'inbound':
      return pick(from);
    case 'outbound':
      return pick(to);
    case 'internal':
      return [];
    default:
      return pick(from, to);
  }
}
