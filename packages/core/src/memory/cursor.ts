import { CallbridgeError } from '../errors.js';

/** The position a list page ends at: lists are ordered by occurredAt desc, then id desc. */
export interface ListCursor {
  occurredAt: string;
  id: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Encodes a list position as an opaque base64url string. */
export function encodeListCursor(cursor: ListCursor): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify([cursor.occurredAt, cursor.id])));
}

/**
 * Decodes a cursor made by `encodeListCursor`.
 * @throws CallbridgeError `invalid_query` when the cursor is not one of ours.
 */
export function decodeListCursor(cursor: string): ListCursor {
  try {
    const value: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(cursor)),
    );
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      !Number.isNaN(Date.parse(value[0]))
    ) {
      return { occurredAt: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new CallbridgeError('invalid_query', 'The list cursor is not valid.', {
    hint: 'Pass the `nextCursor` of a previous page unchanged, or omit it to start from the first page.',
  });
}
