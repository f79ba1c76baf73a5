import { hmacSign, toBase64, toHex } from '@callbridge/core';
import { CompactSign } from 'jose';
import { ringoverV3SignedBytes } from '../verify/v3.js';

/**
 * - `jwt`: V1, claims `{url?, payload}` signed HS512, in `X-Ringover-Webhook-Signature`;
 * - `jwt-flat`: V1 with the envelope fields as the claims;
 * - `jwt-bearer`: V1 `{url?, payload}` sent as `Authorization: Bearer <jwt>`;
 * - `v3`: base64 HMAC-SHA256 of METHOD + URL + body + timestamp (needs `url`);
 * - `api-key`: the contact-search form, `Authorization: Bearer base64(key)`;
 * - `compat`: the seed's hex HMAC-SHA256 of the body in `X-Ringover-Signature`.
 */
export type RingoverSignScheme = 'jwt' | 'jwt-flat' | 'jwt-bearer' | 'v3' | 'api-key' | 'compat';

/** Options of `signRingoverWebhook`. */
export interface SignRingoverOptions {
  /** Default `jwt`. */
  scheme?: RingoverSignScheme;
  /** The webhook URL: the JWT `url` claim (omitted without it) and part of the V3 signed string. */
  url?: string;
  /** Default `POST` (V3). */
  method?: string;
  /** Signing time in ms (V3 timestamp); default Date.now(). */
  now?: number;
}

const encoder = new TextEncoder();

/**
 * Signs a webhook body the way Ringover does and returns the request headers (including
 * `content-type`). Pass the body as the exact text you will send (keep 64-bit ids unquoted
 * digits): a JWT's claims embed that text unchanged, so nothing is rounded.
 */
export async function signRingoverWebhook(
  payload: string | object,
  key: string,
  options: SignRingoverOptions = {},
): Promise<Record<string, string>> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const scheme = options.scheme ?? 'jwt';
  switch (scheme) {
    case 'jwt':
    case 'jwt-bearer':
    case 'jwt-flat': {
      const claims =
        scheme === 'jwt-flat'
          ? body
          : `{${options.url ? `"url":${JSON.stringify(options.url)},` : ''}"payload":${body}}`;
      const token = await new CompactSign(encoder.encode(claims))
        .setProtectedHeader({ alg: 'HS512', typ: 'JWT' })
        .sign(encoder.encode(key));
      if (scheme === 'jwt-bearer') headers.authorization = `Bearer ${token}`;
      else headers['x-ringover-webhook-signature'] = token;
      return headers;
    }
    case 'v3': {
      if (!options.url) throw new TypeError('signRingoverWebhook: the v3 scheme signs the URL; pass `url`.');
      const timestamp = String(Math.floor((options.now ?? Date.now()) / 1000));
      const data = ringoverV3SignedBytes(
        options.method ?? 'POST',
        options.url,
        encoder.encode(body),
        timestamp,
      );
      headers['x-ringover-webhook-signature-v3'] = toBase64(await hmacSign('SHA-256', key, data));
      headers['x-ringover-request-signature-v3-timestamp'] = timestamp;
      return headers;
    }
    case 'api-key':
      headers.authorization = `Bearer ${toBase64(encoder.encode(key))}`;
      return headers;
    case 'compat':
      headers['x-ringover-signature'] = toHex(await hmacSign('SHA-256', key, body));
      return headers;
  }
}
