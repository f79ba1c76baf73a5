import { CallbridgeError } from '@callbridge/core';

/** RingCentral rejects a validation reply larger than this, headers included. */
export const MAX_HANDSHAKE_BYTES = 1024;
/** Longest Validation-Token echoed; keeps the reply far below the 1024-byte limit. */
const MAX_TOKEN_LENGTH = 512;

/**
 * The answer to RingCentral's validation request: 200, the same `Validation-Token` header,
 * `Content-Type: application/json`, no body. Only these two headers, so the whole response stays
 * under 1024 bytes.
 */
/** The token as it can be echoed (trimmed, short, printable), or null. */
export function echoableToken(validationToken: string): string | null {
  const token = validationToken.trim();
  return token.length === 0 || token.length > MAX_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)
    ? null
    : token;
}

export function handshakeResponse(validationToken: string): Response {
  const token = echoableToken(validationToken);
  if (token === null) {
    throw new CallbridgeError(
      'malformed_body',
      'The Validation-Token header is empty, too long or not printable.',
      {
        hint: 'RingCentral sends a short printable token; check proxies that rewrite headers.',
      },
    );
  }
  return new Response(null, {
    status: 200,
    headers: { 'Validation-Token': token, 'Content-Type': 'application/json' },
  });
}
