import { z } from 'zod';

/**
 * True when `text` holds a control character (U+0000–U+001F or U+007F). Ids that become store
 * keys must not: Postgres text cannot hold NUL, and no provider sends control characters in ids.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** What a schema or configuration error says about an id holding a control character. */
export function controlCharacterMessage(field: string): string {
  return `${field} must not contain control characters (U+0000–U+001F, U+007F)`;
}

/** Longest tenant id or provider record id in a store key, in UTF-16 code units. */
export const MAX_KEY_ID_LENGTH = 256;
/** Longest delivery id (a dedupe key: stores may hash long ones), in UTF-16 code units. */
export const MAX_DELIVERY_ID_LENGTH = 1024;

/**
 * A non-empty id that becomes part of a store key (tenant, record, delivery): control characters
 * and ids over `maxLength` are refused with a message naming `field`, so every store (memory,
 * Postgres, Redis) answers the same bad input with the same 400 instead of some failing on it
 * (a unique index entry of Postgres holds about 2.7 KB: a longer key would fail with 503 on
 * every retry of the provider). Real ids are far shorter: Ringover's are numbers, RingCentral's
 * a few dozen characters.
 */
export function keyIdSchema(field: string, maxLength = MAX_KEY_ID_LENGTH) {
  return z
    .string()
    .min(1)
    .max(maxLength, `${field} must be at most ${maxLength} characters`)
    .refine((value) => !hasControlCharacter(value), controlCharacterMessage(field));
}
