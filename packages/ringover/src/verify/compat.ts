import { CallbridgeError, verifyHmac } from '@callbridge/core';
import { secretNotConfigured, signatureInvalid, signatureMissing } from './failures.js';
import { type HeadersLike, RINGOVER_HEADERS, readHeader } from './headers.js';

/** Signs when compat is off or has no secret, so the work done does not depend on the settings. */
const STAND_IN_SECRET = 'callbridge-ringover-compat-stand-in';

/**
 * Verifies the seed application's signature (compatibility mode): hex HMAC-SHA256 of the raw body
 * in `X-Ringover-Signature` (an optional `sha256=` prefix is accepted). Returns the key index.
 *
 * A signed request costs at least one HMAC whatever the settings (a stand-in key when compat is
 * off or has no secret): the time of the answer does not tell whose settings enable compat.
 */
export async function verifyRingoverCompat(
  headers: HeadersLike,
  body: Uint8Array,
  settings: { enabled: boolean; secrets: string[] },
): Promise<number> {
  const header = readHeader(headers, RINGOVER_HEADERS.compat);
  const usable = settings.enabled && settings.secrets.length > 0;
  const index = header
    ? await verifyHmac({
        algorithm: 'SHA-256',
        secrets: usable ? settings.secrets : [STAND_IN_SECRET],
        data: body,
        signature: header.replace(/^sha256=/i, ''),
        encoding: 'hex',
      })
    : -1;
  if (!settings.enabled) {
    throw new CallbridgeError(
      'signature_scheme_unsupported',
      'This is a seed-format webhook (X-Ringover-Signature, flat payload) and compatibility mode is off.',
      {
        hint: 'Enable it with `compat: { enabled: true, secrets: [...] }` in the Ringover settings, or send real Ringover webhooks.',
      },
    );
  }
  if (!header) {
    throw signatureMissing(
      'X-Ringover-Signature header',
      'Seed-format webhooks carry the hex HMAC-SHA256 of the raw body in X-Ringover-Signature.',
    );
  }
  if (!usable) throw secretNotConfigured('compat');
  if (index === -1) throw signatureInvalid('compat HMAC', 'compat.secrets');
  return index;
}
