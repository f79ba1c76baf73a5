import { CallbridgeError, parseJsonLossless } from '@callbridge/core';
import type { z } from 'zod';
import { type CompatPayload, CompatPayloadSchema, looksLikeCompatPayload } from './schema/compat.js';
import { isRingoverEventType, type RingoverEvent, RingoverEventSchema } from './schema/envelope.js';

/**
 * What a Ringover webhook body is:
 * - `event`: a documented event, validated;
 * - `unknown`: an envelope with a `resource/event` this version does not know (answer 200, store nothing);
 * - `compat`: the seed application's flat payload (compatibility mode).
 */
export type ParsedRingoverWebhook =
  | { kind: 'event'; event: RingoverEvent }
  | { kind: 'unknown'; resource: string; event: string; raw: unknown }
  | { kind: 'compat'; payload: CompatPayload };

/** `resource/event` of a parsed body, with `ressource` accepted for `resource`; null if absent. */
export function webhookType(value: unknown): { resource: string; event: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const resource = o.resource ?? o.ressource;
  if (typeof resource !== 'string' || typeof o.event !== 'string') return null;
  return { resource: resource.trim().toLowerCase(), event: o.event.trim().toLowerCase() };
}

/**
 * Parses a Ringover webhook body. Accepts the raw bytes or text (parsed losslessly, so 64-bit
 * `call_id`/`channel_id` keep every digit) or a value already parsed with `parseJsonLossless`.
 *
 * Throws CallbridgeError `invalid_json` for bytes that are not JSON and `malformed_body` for a
 * documented event whose fields do not match (the message names the fields, never their values).
 */
export function parseRingoverWebhook(body: unknown): ParsedRingoverWebhook {
  const value = typeof body === 'string' || body instanceof Uint8Array ? parseJsonLossless(body) : body;
  if (looksLikeCompatPayload(value)) {
    return { kind: 'compat', payload: check(CompatPayloadSchema, value, 'seed compatibility payload') };
  }
  const type = webhookType(value);
  if (!type) {
    throw new CallbridgeError('malformed_body', 'The body is not a Ringover webhook envelope.', {
      hint: 'Expected a JSON object with `resource` (or `ressource`), `event` and `data`.',
    });
  }
  const name = `${type.resource}/${type.event}`;
  if (!isRingoverEventType(name)) return { kind: 'unknown', ...type, raw: value };
  const normalized = { ...(value as Record<string, unknown>), ...type, type: name };
  return { kind: 'event', event: check(RingoverEventSchema, normalized, `Ringover ${name} webhook`) };
}

function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new CallbridgeError('malformed_body', `The ${what} has invalid fields (${fields}).`, {
    hint: 'Check that the webhook comes from Ringover and that no proxy rewrote the body.',
    details: { fields: result.error.issues.slice(0, 5).map((issue) => issue.path.join('.')) },
  });
}
