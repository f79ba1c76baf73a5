import { z } from 'zod';
import { OptionalTextSchema } from './parties.js';
import {
  IdSchema,
  LinkSchema,
  OptionalDurationSchema,
  PhoneRawSchema,
  RingoverDirectionSchema,
} from './primitives.js';

/**
 * The seed application's flat payload (compatibility mode):
 * `call_id, tenant_id, call_type, caller_number, callee_number, direction, duration_seconds,
 * started_at, recording_url`, signed by a hex HMAC-SHA256 of the raw body in `X-Ringover-Signature`.
 */
export const CompatPayloadSchema = z.looseObject({
  call_id: IdSchema,
  tenant_id: OptionalTextSchema,
  call_type: z.string().trim().min(1),
  caller_number: PhoneRawSchema.nullish(),
  callee_number: PhoneRawSchema.nullish(),
  direction: RingoverDirectionSchema,
  duration_seconds: OptionalDurationSchema,
  started_at: z.string().nullish(),
  recording_url: LinkSchema,
});
/** The parsed seed compatibility payload. */
export type CompatPayload = z.output<typeof CompatPayloadSchema>;

/** True when a parsed body has the seed's flat shape (no envelope, a `call_type`). */
export function looksLikeCompatPayload(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return !('event' in o) && !('resource' in o) && !('ressource' in o) && 'call_id' in o && 'call_type' in o;
}
