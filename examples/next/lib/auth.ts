import type { Principal } from '@callbridge/core';
import { jwtVerify, SignJWT } from 'jose';

const key = () =>
  new TextEncoder().encode(process.env.CALLBRIDGE_JWT_SECRET ?? 'callbridge-dev-jwt-secret-change-me');

/** HS256 bearer tokens with claims tenantId and sub, as in the reference CRM. */
export async function issueToken(principal: Principal): Promise<string> {
  return new SignJWT({ tenantId: principal.tenantId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.userId)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(key());
}

export async function authenticate(request: Request): Promise<Principal | null> {
  const header = request.headers.get('authorization');
  if (!header?.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), key(), { algorithms: ['HS256'] });
    if (typeof payload.tenantId !== 'string' || typeof payload.sub !== 'string') return null;
    return { tenantId: payload.tenantId, userId: payload.sub };
  } catch {
    return null;
  }
}
