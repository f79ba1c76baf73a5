import { timingSafeEqual } from '@callbridge/core';
import { signatureInvalid, signatureMissing } from './failures.js';

/**
 * Ringover does not sign `call/ivr_response_code`, so the only guard is a secret segment in the
 * webhook URL (`.../webhooks/ringover/<tenantKey>/<secret>`). Off unless secrets are configured.
 * Every path segment is compared in constant time with every secret.
 */
export function verifyIvrUrlSecret(url: string | URL | null, secrets: string[]): void {
  if (secrets.length === 0) {
    throw signatureMissing(
      'signature (unsigned IVR response codes are off)',
      'Ringover does not sign call/ivr_response_code. To accept them, set `ivr.urlSecrets` and add that secret as the last segment of the webhook URL in the dashboard.',
    );
  }
  const segments = url ? new URL(String(url)).pathname.split('/').filter((s) => s.length > 0) : [];
  let ok = false;
  for (const secret of secrets) {
    for (const segment of segments) {
      if (timingSafeEqual(safeDecode(segment), secret)) ok = true;
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
