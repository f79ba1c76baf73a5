import type { Principal } from '@callbridge/core';
import { jwtVerify, SignJWT } from 'jose';

/**
 * Bearer tokens of the demo: HS256 JWTs with claims `tenantId` and `sub` (the user), signed with
 * CALLBRIDGE_JWT_SECRET. A real CRM plugs its own session check in here.
 */
export function createAuth(secret: string) {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(principal: Principal, ttlSeconds = 8 * 3600): Promise<string> {
      return new SignJWT({ tenantId: principal.tenantId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(principal.userId)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
    async authenticate(request: Request): Promise<Principal | null> {
      const header = request.headers.get('authorization');
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
      if (!token) return null;
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        if (typeof payload.tenantId !== 'string' || typeof payload.sub !== 'string') return null;
        return { tenantId: payload.tenantId, userId: payload.sub };
      } catch {
        return null;
      }
    },
  };
}
