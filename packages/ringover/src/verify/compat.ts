import { CallbridgeError, verifyHmac } from '@callbridge/core';
import { secretNotConfigured, signatureInvalid, signatureMissing } from './failures.js';
import { type HeadersLike, RINGOVER_HEADERS, readHeader } from './headers.js';

/** Signs when compat is off or has no secret, so the work done does not depend on the settings. */
const STAND_IN_SECRET = 'callbridge-ringover-compat-stand-in';
/**
 * The fewest HMACs a signed request costs: a rotation list shorter than this is padded with the
 * stand-in key, so the time of the answer does not tell how many secrets the settings list.
 */
const COMPAT_HMAC_SLOTS = 4;

/**
 * Verifies the seed application's signature (compatibility mode): hex HMAC-SHA256 of the raw body
 * in `X-Ringover-Signature` (an optional `sha256=` prefix is accepted). Returns the key index.
 *
 * A signed request costs the same HMAC work whatever the settings (`COMPAT_HMAC_SLOTS`, or one
 * per secret of a longer list; the stand-in key when compat is off or has no secret, never
 * accepted): the time of the answer does not tell whose settings enable compat, nor with how many
 * secrets.
 */
export async function verifyRingoverCompat(
  headers: HeadersLike,
  body: Uint8Array,
  settings: { enabled: boolean; secrets: string[] },
): Promise<number> {
  const header = readHeader(headers, RINGOVER_HEADERS.compat);
  const usable = settings.enabled && settings.secrets.length > 0;
  const secrets = usable ? settings.secrets : [];
  const padded = [
    ...secrets,
    ...Array.from({ length: Math.max(0, COMPAT_HMAC_SLOTS - secrets.length) }, () => STAND_IN_SECRET),
  ];
  const matched = header
    ? await verifyHmac({
        algorithm: 'SHA-256',
        secrets: padded,
        data: body,
        signature: header.replace(/^sha256=/i, ''),
        encoding: 'hex',
      })
    : -1;
  // A match past the real secrets is the stand-in key: never a valid signature.
  const index = matched < secrets.length ? matched : -1;
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
