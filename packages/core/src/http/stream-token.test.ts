import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import type { Principal } from '../ports/tenancy.js';
import { createStreamToken, verifyStreamToken } from './stream-token.js';

// A token minted from a principal or a lifetime the stream can never accept used to be minted all
// the same: every stream it opened was a 401 saying the token was "invalid, expired, or minted for
// another bridge", far from the mistake. The mint refuses it instead, saying what to pass.

const SECRET = 'stream-secret-of-at-least-32-characters!';

async function codeOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return isCallbridgeError(error) ? `${error.code}: ${error.message}` : String(error);
  }
}

describe('createStreamToken', () => {
  it('refuses a principal whose tenantId is not a non-empty string, or whose userId is not a string', async () => {
    const principals: unknown[] = [
      { tenantId: 42, userId: 'u1' },
      { tenantId: '', userId: 'u1' },
      { userId: 'u1' },
      { tenantId: 't1', userId: 7 },
      { tenantId: 't1' },
      null,
    ];
    for (const principal of principals) {
      const refused = await codeOf(() => createStreamToken(SECRET, principal as Principal, 60));
      expect(refused, JSON.stringify(principal)).toMatch(
        /^configuration_error: .*(tenantId|userId|principal)/,
      );
    }
  });

  it('refuses a lifetime that is not a finite number of seconds', async () => {
    for (const ttl of [Number.NaN, Number.POSITIVE_INFINITY, '60' as unknown as number]) {
      const refused = await codeOf(() => createStreamToken(SECRET, { tenantId: 't1', userId: 'u1' }, ttl));
      expect(refused, String(ttl)).toMatch(/^configuration_error: .*ttlSeconds/);
    }
  });

  it('still mints already-expired tokens (ttl 0 or below) for tests, which the stream refuses', async () => {
    const now = () => 1_000_000;
    const principal = { tenantId: 't1', userId: 'u1' };
    const expired = await createStreamToken(SECRET, principal, -1, { now });
    expect(await verifyStreamToken(SECRET, expired, { now })).toBeNull();
    const valid = await createStreamToken(SECRET, principal, 60, { now });
    expect(await verifyStreamToken(SECRET, valid, { now })).toEqual(principal);
  });
});
