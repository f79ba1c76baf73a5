import { CallbridgeError, verifyHmac } from '@callbridge/core';
import { secretNotConfigured, signatureInvalid, signatureMissing } from './failures.js';
import { type HeadersLike, RINGOVER_HEADERS, readHeader } from './headers.js';

/**
 * Verifies the seed application's signature (compatibility mode): hex HMAC-SHA256 of the raw body
 * in `X-Ringover-Signature` (an optional `sha256=` prefix is accepted). Returns the key index.
 */
export async function verifyRingoverCompat(
  headers: HeadersLike,
  body: Uint8Array,
  settings: { enabled: boolean; secrets: string[] },
): Promise<number> {
  if (!settings.enabled) {
    throw new CallbridgeError(
      'signature_scheme_unsupported',
      'This is a seed-format webhook (X-Ringover-Signature, flat payload) and compatibility mode is off.',
      {
        hint: 'Enable it with `compat: { enabled: true, secrets: [...] }` in the Ringover settings, or send real Ringover webhooks.',
      },
    );
  }
  const header = readHeader(headers, RINGOVER_HEADERS.compat);
  if (!header) {
    throw signatureMissing(
      'X-Ringover-Signature header',
      'Seed-format webhooks carry the hex HMAC-SHA256 of the raw body in X-Ringover-Signature.',
    );
  }
  if (settings.secrets.length === 0) throw secretNotConfigured('compat');
  const signature = header.replace(/^sha256=/i, '');
  const index = await verifyHmac({
    algorithm: 'SHA-256',
    secrets: settings.secrets,
    data: body,
    signature,
    encoding: 'hex',
  });
  if (index === -1) throw signatureInvalid('compat HMAC', 'compat.secrets');
  return index;
}
