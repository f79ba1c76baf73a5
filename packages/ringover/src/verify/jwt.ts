import { CallbridgeError, parseJsonLossless } from '@callbridge/core';
import { base64url, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { webhookType } from '../parse.js';
import { RINGOVER_KEY_BLOCKS, type RingoverKeyBlock } from '../settings.js';
import { jsonEqual } from './deep-equal.js';
import { secretNotConfigured, signatureInvalid, wrongKeyBlock } from './failures.js';
import { sameWebhookPath, sameWebhookUrl } from './url.js';

/** Input of `verifyRingoverJwt`. */
export interface RingoverJwtCheck {
  /** The compact JWT from `X-Ringover-Webhook-Signature` (or `Authorization: Bearer`). */
  token: string;
  /** The body parsed losslessly: the claims must carry the same value. */
  body: unknown;
  keys: Record<RingoverKeyBlock, string[]>;
  block: RingoverKeyBlock;
  /** `resource/event`, for messages. */
  type: string;
  /** The public URL the request was received on; the `url` claim must match it. Null skips the check. */
  expectedUrl: string | null;
  /**
   * How much of `expectedUrl` the `url` claim must match: `url` (default) the whole URL, `path`
   * only its path and query (no public origin configured: behind a proxy the request's origin may
   * not be the one Ringover signed).
   */
  urlMatch?: 'url' | 'path';
  /** Refuse a token without a `url` claim (default: the claim is checked only when present). */
  requireUrlClaim?: boolean;
  nowMs: number;
}

/** What a verified V1 JWT held. */
export interface RingoverJwtResult {
  /** Index of the matching key in the block's rotation list. */
  keyIndex: number;
  /** `payload`: claims `{url, payload}`; `flat`: the envelope fields are the claims. */
  form: 'payload' | 'flat';
  /** The claims, parsed losslessly. */
  claims: Record<string, unknown>;
}

const encoder = new TextEncoder();
const ALGORITHMS = ['HS512'];
/** The envelope fields: in the flat claims form, each one the claims carry must be in the body too. */
const ENVELOPE_CLAIMS = ['resource', 'ressource', 'event', 'timestamp', 'attempt', 'data'];
/**
 * Clock skew allowed on `exp` and `nbf`, in seconds: Ringover's clock and ours are never exactly
 * in step, and a token rejected for a second of skew is only retried.
 */
export const RINGOVER_JWT_CLOCK_TOLERANCE_SECONDS = 30;

/** Most HS512 keys kept imported; past it the oldest is imported again when next used. */
const MAX_CACHED_KEYS = 256;
/** Imported keys by secret; null when this runtime could not import it. */
const importedKeys = new Map<string, Promise<CryptoKey | null>>();

/**
 * The Web Crypto key of a secret, imported once and reused: importing a raw key costs more than
 * the HMAC itself. Web Crypto is available on every runtime callbridge supports, so this stays
 * runtime-neutral. When the runtime cannot import it (an empty secret, for one), the raw bytes
 * are returned and jose handles them as before.
 */
async function verifyKeyOf(secret: string): Promise<CryptoKey | Uint8Array> {
  let imported = importedKeys.get(secret);
  if (!imported) {
    imported = (async () => {
      try {
        return await crypto.subtle.importKey(
          'raw',
          encoder.encode(secret),
          { name: 'HMAC', hash: 'SHA-512' },
          false,
          ['verify'],
        );
      } catch {
        return null;
      }
    })();
    if (importedKeys.size >= MAX_CACHED_KEYS) importedKeys.delete(importedKeys.keys().next().value as string);
    importedKeys.set(secret, imported);
  }
  return (await imported) ?? encoder.encode(secret);
}

/**
 * Verifies Ringover's V1 signature: a JWT signed HS512 with the key of the event's dashboard block.
 * The algorithm is pinned (`none`, HS256, RS* are rejected before any key is tried), several keys
 * are accepted (rotation), and the claims' payload must equal the body.
 */
export async function verifyRingoverJwt(check: RingoverJwtCheck): Promise<RingoverJwtResult> {
  if (check.requireUrlClaim && check.expectedUrl === null) {
    throw new CallbridgeError(
      'configuration_error',
      '`jwt.requireUrlClaim` is set, but there is no URL to compare the `url` claim with.',
      { hint: 'Pass the URL the request arrived on (`url`) to verifyRingoverWebhook, or set `publicUrl`.' },
    );
  }
  const parts = check.token.split('.');
  if (parts.length !== 3) throw notAJwt();
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(check.token).alg;
  } catch (cause) {
    throw notAJwt(cause);
  }
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none' || alg === '') {
    throw new CallbridgeError('signature_scheme_unsupported', 'The Ringover JWT is unsigned (alg "none").', {
      hint: 'Ringover signs webhooks with HS512; an unsigned token is never accepted. Check who sends this request.',
    });
  }
  if (alg !== 'HS512') {
    throw new CallbridgeError(
      'signature_algorithm_rejected',
      `The Ringover JWT uses the algorithm ${alg.slice(0, 16)}; only HS512 is accepted.`,
      { hint: 'Ringover signs webhooks with HS512. A token with another algorithm is not from Ringover.' },
    );
  }
  const keyIndex = await firstMatchingKey(check.token, check.keys[check.block], check.nowMs);
  if (keyIndex === -1) {
    for (const other of RINGOVER_KEY_BLOCKS) {
      if (other === check.block) continue;
      if ((await firstMatchingKey(check.token, check.keys[other], check.nowMs, true)) !== -1) {
        throw wrongKeyBlock(check.block, other, check.type);
      }
    }
    throw check.keys[check.block].length === 0
      ? secretNotConfigured(check.block)
      : signatureInvalid('JWT', `secrets.${check.block}`);
  }
  const claims = losslessClaims(parts[1] as string);
  const form = checkClaims(claims, check);
  return { keyIndex, form, claims };
}

function notAJwt(cause?: unknown): CallbridgeError {
  return new CallbridgeError('signature_invalid', 'The Ringover signature header is not a JWT.', {
    cause,
    hint: 'Expected a compact JWT (three base64url parts separated by dots) in X-Ringover-Webhook-Signature.',
  });
}

/** Index of the first key the token verifies with, or -1. `anyValid` treats a claim failure as a match. */
async function firstMatchingKey(
  token: string,
  keys: string[],
  nowMs: number,
  anyValid = false,
): Promise<number> {
  for (let i = 0; i < keys.length; i++) {
    try {
      await jwtVerify(token, await verifyKeyOf(keys[i] as string), {
        algorithms: ALGORITHMS,
        currentDate: new Date(nowMs),
        clockTolerance: RINGOVER_JWT_CLOCK_TOLERANCE_SECONDS,
      });
      return i;
    } catch (error) {
      if (error instanceof joseErrors.JWSSignatureVerificationFailed) continue;
      // Refused before the signature was checked (a critical header jose does not know, a part
      // that is not base64url): it proves nothing about this key, and the token may be forged.
      if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JOSENotSupported) {
        if (anyValid) continue;
        throw uncheckedJwt(error);
      }
      if (anyValid) return i;
      throw claimFailure(error);
    }
  }
  return -1;
}

function uncheckedJwt(cause: unknown): CallbridgeError {
  return new CallbridgeError(
    'signature_invalid',
    'The Ringover JWT was refused before its signature could be checked.',
    {
      cause,
      hint: 'Ringover sends a compact JWT signed HS512, without critical header extensions; a token with an unknown `crit` header or a part that is not base64url is not from Ringover.',
    },
  );
}

function claimFailure(error: unknown): CallbridgeError {
  if (error instanceof joseErrors.JWTExpired) {
    return new CallbridgeError('signature_expired', 'The Ringover JWT has expired (`exp` claim).', {
      cause: error,
      hint: 'Check the server clock (NTP); a replayed delivery is rejected on purpose.',
    });
  }
  const claim = error instanceof joseErrors.JWTClaimValidationFailed ? ` (${error.claim} claim)` : '';
  return new CallbridgeError('signature_invalid', `The Ringover JWT was rejected${claim}.`, {
    cause: error,
    hint: 'The token is well signed but its registered claims are not valid now; check the server clock.',
  });
}

function losslessClaims(segment: string): Record<string, unknown> {
  const value = parseJsonLossless(base64url.decode(segment));
  return value as Record<string, unknown>;
}

function mismatch(what: string): CallbridgeError {
  return new CallbridgeError(
    'signature_payload_mismatch',
    `The signed JWT does not match the request: ${what}.`,
    {
      hint: 'The body was changed after Ringover signed it (a proxy re-serializing JSON, or tampering). Forward the raw body unchanged.',
    },
  );
}

function checkClaims(claims: Record<string, unknown>, check: RingoverJwtCheck): 'payload' | 'flat' {
  let form: 'payload' | 'flat';
  if (Object.hasOwn(claims, 'payload')) {
    let payload = claims.payload;
    if (typeof payload === 'string') {
      try {
        payload = parseJsonLossless(payload);
      } catch {
        throw mismatch('the `payload` claim is not JSON');
      }
    }
    if (!jsonEqual(payload, check.body)) throw mismatch('the `payload` claim differs from the body');
    form = 'payload';
  } else {
    if (!webhookType(claims)) throw mismatch('the claims carry neither `payload` nor `resource`/`event`');
    const body = check.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw mismatch('the body is not an object');
    for (const [key, value] of Object.entries(body)) {
      if (!Object.hasOwn(claims, key) || !jsonEqual(claims[key], value))
        throw mismatch(`the \`${key}\` claim differs from the body`);
    }
    // And the other way round for the envelope: a body that leaves out a signed field is not what
    // was signed (without its `timestamp`, an old comment edit replayed has a new dedupe key and
    // no time of its own, so it would overwrite the newer comment).
    for (const key of ENVELOPE_CLAIMS) {
      if (Object.hasOwn(claims, key) && !Object.hasOwn(body, key))
        throw mismatch(`the body leaves out the signed \`${key}\``);
    }
    form = 'flat';
  }
  if (typeof claims.url !== 'string') {
    if (check.requireUrlClaim) {
      throw new CallbridgeError(
        'signature_payload_mismatch',
        'The signed JWT carries no `url` claim, and `jwt.requireUrlClaim` is set.',
        {
          hint: 'A token without a `url` claim is not tied to one endpoint. Check that the request comes from Ringover, or turn `jwt.requireUrlClaim` off if your Ringover webhooks are signed without it.',
        },
      );
    }
  } else if (check.expectedUrl !== null) {
    if (check.urlMatch === 'path') {
      if (!sameWebhookPath(claims.url, check.expectedUrl)) {
        throw new CallbridgeError(
          'signature_payload_mismatch',
          'The JWT `url` claim names another webhook path than the one this request arrived on.',
          {
            hint: 'A token signed for another endpoint is not accepted. Only the path is compared while `publicUrl` is unset: set `publicUrl` to the public origin configured in the Ringover dashboard to check the whole URL, or check the webhook URL there.',
          },
        );
      }
    } else if (!sameWebhookUrl(claims.url, check.expectedUrl)) {
      throw new CallbridgeError(
        'signature_payload_mismatch',
        'The JWT `url` claim is not the URL this request arrived on.',
        {
          hint: 'Set `publicUrl` to the public origin configured in the Ringover dashboard, or check the webhook URL there; a token signed for another endpoint is not accepted.',
        },
      );
    }
  }
  return form;
}
