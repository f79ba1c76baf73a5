import { fromBase64Url, hmacSign, timingSafeEqual, toBase64Url } from '../crypto/index.js';
import type { Principal } from '../ports/tenancy.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface TokenPayload {
  tenantId: string;
  userId: string;
  /** Expiry, seconds since epoch. */
  exp: number;
}

async function sign(secret: string, payloadPart: string): Promise<string> {
  return toBase64Url(await hmacSign('SHA-256', secret, payloadPart));
}

/**
 * Mints a short-lived stream token for plain `EventSource` clients (which cannot send headers):
 * `base64url(JSON {tenantId, userId, exp}) "." base64url(HMAC-SHA256)`. Pass it as `?token=`.
 * Mint it in an authenticated API route of your app; `ttlSeconds` should be minutes, not hours.
 */
export async function createStreamToken(
  secret: string,
  principal: Principal,
  ttlSeconds: number,
  now: () => number = Date.now,
): Promise<string> {
  const payload: TokenPayload = {
    tenantId: principal.tenantId,
    userId: principal.userId,
    exp: Math.floor(now() / 1000) + ttlSeconds,
  };
  const payloadPart = toBase64Url(encoder.encode(JSON.stringify(payload)));
  return `${payloadPart}.${await sign(secret, payloadPart)}`;
}

/**
 * The principal of a valid, unexpired stream token, or null. The signature is compared in
 * constant time before the payload is trusted.
 */
export async function verifyStreamToken(
  secret: string,
  token: string,
  now: () => number = Date.now,
): Promise<Principal | null> {
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
  if (p.exp * 1000 <= now()) return null;
  return { tenantId: p.tenantId, userId: p.userId };
}
