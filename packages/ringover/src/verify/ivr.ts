import { timingSafeEqual } from '@callbridge/core';
import { signatureInvalid, signatureMissing } from './failures.js';

/**
 * Ringover does not sign `call/ivr_response_code`, so the only guard is a secret in the webhook
 * URL: a path segment (`.../webhooks/ringover/<tenantKey>/<secret>`) or the `secret` query
 * parameter (`.../webhooks/ringover/<tenantKey>?secret=<secret>`). Off unless secrets are
 * configured. Every candidate is compared in constant time with every secret.
 */
export function verifyIvrUrlSecret(url: string | URL | null, secrets: string[]): void {
  if (secrets.length === 0) {
    throw signatureMissing(
      'signature (unsigned IVR response codes are off)',
      'Ringover does not sign call/ivr_response_code. To accept them, set `ivr.urlSecrets` and add it to the webhook URL in the dashboard (`?secret=<value>` or a last path segment).',
    );
  }
  const parsed = url ? new URL(String(url)) : null;
  const candidates = parsed
    ? parsed.pathname
        .split('/')
        .filter((s) => s.length > 0)
        .map(safeDecode)
    : [];
  const query = parsed?.searchParams.get('secret');
  if (query) candidates.push(query);
  let ok = false;
  for (const secret of secrets) {
    for (const candidate of candidates) {
      if (timingSafeEqual(candidate, secret)) ok = true;
    }
  }
  if (!ok) throw signatureInvalid('IVR URL secret', 'ivr.urlSecrets');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
