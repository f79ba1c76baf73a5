import { fromBase64Url, hmacSign, timingSafeEqual, toBase64Url } from '../crypto/index.js';
import { CallbridgeError } from '../errors.js';
import type { Principal } from '../ports/tenancy.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface TokenPayload {
  tenantId: string;
  userId: string;
  /** Expiry, seconds since epoch. */
  exp: number;
  /** The bridge the token is for (`stream.tokenAudience`). */
  aud: string;
}

/** Where a stream token is valid, and the clock it is minted or checked with. */
export interface StreamTokenOptions {
  /**
   * The audience the token is bound to: the `stream.tokenAudience` of the bridge that accepts it.
   * Default `streamTokenAudience('/api/v1')`, a bridge's own default at the default `basePath`.
   */
  audience?: string;
  /** Clock in ms since epoch, for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * The default `stream.tokenAudience` of a bridge serving at `basePath` (as the bridge normalizes
 * it, e.g. `/api/v1`): `callbridge:/api/v1`. Bridges at different base paths refuse each other's
 * tokens even when they share a `tokenSecret`; bridges at the same one need their own
 * `tokenAudience` for that.
 */
export function streamTokenAudience(basePath: string): string {
  return `callbridge:${basePath}`;
}

/** The audience of a bridge at the default base path. */
const DEFAULT_AUDIENCE = streamTokenAudience('/api/v1');

async function sign(secret: string, payloadPart: string): Promise<string> {
  return toBase64Url(await hmacSign('SHA-256', secret, payloadPart));
}

/**
 * Mints a short-lived stream token for plain `EventSource` clients (which cannot send headers):
 * `base64url(JSON {tenantId, userId, exp, aud}) "." base64url(HMAC-SHA256)`. Pass it as `?token=`.
 * Mint it in an authenticated API route of your app; `ttlSeconds` should be minutes, not hours.
 * `bridge.createStreamToken(principal)` does this with the bridge's own settings; from a process
 * without the bridge, pass the `audience` of the bridge that is to accept the token.
 *
 * @throws CallbridgeError `configuration_error` for a principal without a non-empty string
 * `tenantId` and a string `userId`, or a `ttlSeconds` that is not a finite number.
 */
export async function createStreamToken(
  secret: string,
  principal: Principal,
  ttlSeconds: number,
  options: StreamTokenOptions = {},
): Promise<string> {
  checkMintable(principal, ttlSeconds);
  const now = options.now ?? Date.now;
  const payload: TokenPayload = {
    tenantId: principal.tenantId,
    userId: principal.userId,
    exp: Math.floor(now() / 1000) + ttlSeconds,
    aud: options.audience ?? DEFAULT_AUDIENCE,
  };
  const payloadPart = toBase64Url(encoder.encode(JSON.stringify(payload)));
  return `${payloadPart}.${await sign(secret, payloadPart)}`;
}

/**
 * Refuses what would mint a token no stream accepts (its check below needs a string tenantId and
 * userId, and a numeric expiry), so the mistake is reported where it is made, not as a 401 later.
 * A lifetime of 0 or below is allowed: it mints an expired token (for tests).
 */
function checkMintable(principal: Principal, ttlSeconds: number): void {
  const p = principal as Partial<Record<keyof Principal, unknown>> | null;
  if (typeof p?.tenantId !== 'string' || p.tenantId === '' || typeof p.userId !== 'string') {
    throw new CallbridgeError(
      'configuration_error',
      'A stream token needs a principal whose tenantId is a non-empty string and whose userId is a string.',
      {
        hint: 'Pass { tenantId: String(tenantId), userId: String(userId) }, as your `authenticate` returns it.',
      },
    );
  }
  if (typeof ttlSeconds !== 'number' || !Number.isFinite(ttlSeconds)) {
    throw new CallbridgeError('configuration_error', 'A stream token needs ttlSeconds as a finite number.', {
      hint: 'Pass the lifetime in seconds, e.g. 300 (minutes, not hours).',
    });
  }
}

/**
 * The principal of a valid, unexpired stream token minted for `options.audience`, or null. The
 * signature is compared in constant time before the payload is trusted; a token without an
 * audience, or with another one (minted for another bridge sharing the secret), is refused.
 */
export async function verifyStreamToken(
  secret: string,
  token: string,
  options: StreamTokenOptions = {},
): Promise<Principal | null> {
  const now = options.now ?? Date.now;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payloadPart, signaturePart] = parts as [string, string];
  if (!timingSafeEqual(await sign(secret, payloadPart), signaturePart)) return null;
  const bytes = fromBase64Url(payloadPart);
  if (!bytes) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
  const p = payload as Partial<TokenPayload> | null;
  if (!p || typeof p.tenantId !== 'string' || typeof p.userId !== 'string' || typeof p.exp !== 'number')
    return null;
  if (p.aud !== (options.audience ?? DEFAULT_AUDIENCE)) return null;
  if (p.exp * 1000 <= now()) return null;
  return { tenantId: p.tenantId, userId: p.userId };
}
