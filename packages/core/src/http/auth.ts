import { CallbridgeError } from '../errors.js';
import type { Principal } from '../ports/tenancy.js';
import type { BridgeRuntime } from '../runtime.js';
import { verifyStreamToken } from './stream-token.js';

function unauthenticated(): CallbridgeError {
  return new CallbridgeError('unauthenticated', 'The request is not authenticated.', {
    hint: 'Send the credentials your `authenticate` function accepts (or a valid `?token=` stream token for the stream).',
  });
}

/**
 * What `authenticate` returned, checked: null (or any falsy value) for "not authenticated", else a
 * principal whose `tenantId` is a non-empty string. Anything else (a number from an INTEGER column,
 * no tenant id, `true`) would match no record and no event, answering 200 with nothing and no
 * reason: it is a `configuration_error` (500, logged) instead.
 */
async function authenticated(runtime: BridgeRuntime, request: Request): Promise<Principal | null> {
  const principal: unknown = await runtime.authenticate(request);
  if (!principal) return null;
  const tenantId = (principal as { tenantId?: unknown }).tenantId;
  if (typeof principal !== 'object' || typeof tenantId !== 'string' || tenantId === '') {
    const got =
      typeof principal !== 'object' ? `a ${typeof principal}` : `a tenantId of type ${typeof tenantId}`;
    throw new CallbridgeError(
      'configuration_error',
      `\`authenticate\` returned ${tenantId === '' ? 'an empty tenantId' : got}, not { tenantId: string, userId }.`,
      {
        hint: 'Return the tenant id as a non-empty string (String(row.tenant_id) for a numeric column), or null when the request is not authenticated.',
      },
    );
  }
  return principal as Principal;
}

/** The principal of an API request, from the integrator's `authenticate`; 401 otherwise. */
export async function requirePrincipal(runtime: BridgeRuntime, request: Request): Promise<Principal> {
  const principal = await authenticated(runtime, request);
  if (!principal) throw unauthenticated();
  return principal;
}

/**
 * The principal of a stream request: a `?token=` stream token when one is sent and a token
 * secret is configured (an invalid or expired token, or one minted for another audience, is a
 * 401, never a fallback), otherwise the integrator's `authenticate`.
 */
export async function requireStreamPrincipal(
  runtime: BridgeRuntime,
  request: Request,
  url: URL,
): Promise<Principal> {
  const token = url.searchParams.get('token');
  if (token !== null && runtime.stream.tokenSecret) {
    const principal = await verifyStreamToken(runtime.stream.tokenSecret, token, {
      audience: runtime.stream.tokenAudience,
      now: runtime.now,
    });
    if (!principal) {
      throw new CallbridgeError(
        'unauthenticated',
        'The stream token is invalid, expired, or minted for another bridge.',
        {
          hint: "Mint a fresh token with this bridge's `bridge.createStreamToken` before (re)connecting (a token minted with `createStreamToken` elsewhere needs this bridge's `stream.tokenAudience` as `audience`).",
        },
      );
    }
    return principal;
  }
  const principal = await authenticated(runtime, request);
  if (principal) return principal;
  // Your own `authenticate` may read `?token=` itself; when it did not accept it either, say why
  // the bridge ignored it.
  if (token !== null) {
    throw new CallbridgeError(
      'unauthenticated',
      'A `?token=` was sent, but the bridge has no `stream.tokenSecret`, so it does not check stream tokens.',
      {
        hint: 'Pass `stream: { tokenSecret }` to createCallBridge, the secret the tokens are minted with (`bridge.createStreamToken`).',
      },
    );
  }
  throw unauthenticated();
}
