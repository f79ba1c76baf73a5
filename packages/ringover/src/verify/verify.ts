import { parseJsonLossless } from '@callbridge/core';
import { webhookType } from '../parse.js';
import { looksLikeCompatPayload } from '../schema/compat.js';
import { type RingoverKeyBlock, type RingoverSettings, resolveRingoverSettings } from '../settings.js';
import { verifyRingoverApiKey } from './api-key.js';
import { keyBlockOf } from './blocks.js';
import { verifyRingoverCompat } from './compat.js';
import { signatureMissing } from './failures.js';
import { type HeadersLike, RINGOVER_HEADERS, readHeader } from './headers.js';
import { verifyIvrUrlSecret } from './ivr.js';
import { verifyRingoverJwt } from './jwt.js';
import { publicRequestUrl } from './url.js';
import { verifyRingoverV3 } from './v3.js';

/** Three base64url parts: a compact JWS (a raw key never has this shape with a JSON header). */
const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

/** A request to verify: the raw body exactly as received, and its headers. */
export interface RingoverWebhookRequest {
  /** The raw body bytes (or text). Never a re-serialized object. */
  body: Uint8Array | string;
  headers: HeadersLike;
  /** Default `POST`. Signed by V3. */
  method?: string;
  /** The URL the request arrived on. Needed by V3, the JWT `url` check and IVR URL secrets. */
  url?: string | URL | null;
}

/** Options of `verifyRingoverWebhook`. */
export interface VerifyRingoverOptions {
  /** Keys and schemes (see RingoverSettings). */
  settings: RingoverSettings;
  /** Force the dashboard block whose key must sign the request; default from `resource/event`. */
  block?: RingoverKeyBlock;
  /** Clock in ms (tests); default Date.now. */
  now?: () => number;
}

/** How a webhook was authenticated. */
export interface RingoverVerification {
  scheme: 'jwt' | 'v3' | 'api-key' | 'ivr-url-secret' | 'compat';
  /** The dashboard block whose key matched (`compat` for the seed format). */
  block: RingoverKeyBlock | 'compat';
  /** Index of the matching key in its rotation list (-1 for the IVR URL secret). */
  keyIndex: number;
  /** `resource/event` of the body, or `compat`. */
  type: string;
  /** The body parsed losslessly (64-bit ids as digit strings), now trusted. */
  body: unknown;
  /** JWT claims (lossless), for the `jwt` scheme. */
  claims?: Record<string, unknown>;
}

/**
 * Verifies a Ringover webhook from its raw bytes and headers, choosing the scheme:
 * - seed compatibility (a flat seed-shaped payload, `X-Ringover-Signature` hex HMAC), only when
 *   enabled; a Ringover envelope is never accepted on the compat HMAC;
 * - `search/contact`: the block key itself, constant-time;
 * - `call/ivr_response_code` without a signature: a secret URL segment, only when configured;
 * - V3 HMAC (`X-Ringover-Webhook-Signature-V3`), when enabled and present (or required);
 * - otherwise the V1 JWT (HS512) in `X-Ringover-Webhook-Signature` or `Authorization: Bearer`.
 *
 * Throws CallbridgeError with a specific code per failure: `signature_missing`,
 * `signature_scheme_unsupported` (alg none, compat off), `signature_algorithm_rejected` (HS256, RS*),
 * `signature_payload_mismatch`, `signature_invalid`, `signature_wrong_key_block`,
 * `signature_expired`, `secret_not_configured`. Messages never contain a key.
 */
export async function verifyRingoverWebhook(
  request: RingoverWebhookRequest,
  options: VerifyRingoverOptions,
): Promise<RingoverVerification> {
  const settings = resolveRingoverSettings(options.settings);
  const bytes = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
  const body = parseJsonLossless(bytes);
  const headers = request.headers;
  const nowMs = (options.now ?? Date.now)();

  // Only a seed-shaped body takes the compat HMAC: a real envelope is always verified with its own
  // block's key, whatever seed header it carries.
  if (looksLikeCompatPayload(body)) {
    const keyIndex = await verifyRingoverCompat(headers, bytes, settings.compat);
    return { scheme: 'compat', block: 'compat', keyIndex, type: 'compat', body };
  }

  const kind = webhookType(body);
  const type = kind ? `${kind.resource}/${kind.event}` : 'unknown';
  const block = options.block ?? keyBlockOf(type);
  const keys = settings.secrets;

  const v3Signature = readHeader(headers, RINGOVER_HEADERS.v3);
  const v3Timestamp = readHeader(headers, RINGOVER_HEADERS.v3Timestamp);
  const bearer = /^Bearer\s+(\S+)$/i.exec(readHeader(headers, RINGOVER_HEADERS.authorization) ?? '')?.[1];
  const token = readHeader(headers, RINGOVER_HEADERS.jwt) ?? bearer ?? null;

  // Contact search sends the key itself; should it ever come JWT-signed, verify it as a JWT.
  if (block === 'contactSearch' && !(token && JWT_SHAPE.test(token))) {
    const keyIndex = verifyRingoverApiKey(headers, keys, block, type);
    return { scheme: 'api-key', block, keyIndex, type, body };
  }

  if (type === 'call/ivr_response_code' && !token && !v3Signature) {
    verifyIvrUrlSecret(request.url ?? null, settings.ivrUrlSecrets);
    return { scheme: 'ivr-url-secret', block, keyIndex: -1, type, body };
  }

  if (settings.v3.enabled && (v3Signature || settings.v3.required)) {
    if (!v3Signature || !v3Timestamp) {
      throw signatureMissing(
        'V3 signature (X-Ringover-Webhook-Signature-V3 and X-Ringover-Request-Signature-V3-Timestamp)',
        'V3 is required by the settings: enable the V3 signature for this webhook in the Ringover dashboard, or set `v3.required` to false.',
      );
    }
    const url = publicRequestUrl(request.url ?? null, settings.publicUrl);
    const keyIndex = await verifyRingoverV3({
      signature: v3Signature,
      timestamp: v3Timestamp,
      method: request.method ?? 'POST',
      url: url ?? '',
      body: bytes,
      keys,
      block,
      type,
      toleranceSeconds: settings.v3.toleranceSeconds,
      nowMs,
    });
    return { scheme: 'v3', block, keyIndex, type, body };
  }

  if (!token) {
    throw signatureMissing(
      'signature (X-Ringover-Webhook-Signature header)',
      readHeader(headers, RINGOVER_HEADERS.compat) !== null
        ? 'X-Ringover-Signature (the seed HMAC) only authenticates seed-format payloads; a Ringover envelope (resource/event) must carry the JWT in X-Ringover-Webhook-Signature.'
        : 'Ringover signs every webhook with a JWT in X-Ringover-Webhook-Signature; check that the request comes from Ringover and that no proxy strips the header.',
    );
  }
  // The `url` claim must be the URL the request arrived on: the whole URL with `publicUrl`, else its
  // path and query (a proxy may change the origin, not which endpoint, so tenant, was signed for).
  const expectedUrl = publicRequestUrl(request.url ?? null, settings.publicUrl);
  const urlMatch = settings.publicUrl ? 'url' : 'path';
  const requireUrlClaim = settings.jwt.requireUrlClaim;
  const result = await verifyRingoverJwt({
    token,
    body,
    keys,
    block,
    type,
    expectedUrl,
    urlMatch,
    requireUrlClaim,
    nowMs,
  });
  return { scheme: 'jwt', block, keyIndex: result.keyIndex, type, body, claims: result.claims };
}
