import { CallbridgeError, toSecretList } from '@callbridge/core';
import { z } from 'zod';

/**
 * The Ringover dashboard gives each webhook block its own key:
 * - `callEvents`: call lifecycle, after-call and SMS events;
 * - `contactCall`: the caller-card lookup (`call/contact`);
 * - `contactSearch`: the contact search typed in the app (`search/contact`);
 * - `routingIvr`: smart routing (`call/routing`) and IVR codes (`call/ivr_response_code`).
 */
export type RingoverKeyBlock = 'callEvents' | 'contactCall' | 'contactSearch' | 'routingIvr';
/** Every dashboard block, in dashboard order. */
export const RINGOVER_KEY_BLOCKS: readonly RingoverKeyBlock[] = [
  'callEvents',
  'contactCall',
  'contactSearch',
  'routingIvr',
];

/** One secret, or several during a rotation (old and new are both accepted). */
const SecretListSchema = z.union([z.string(), z.array(z.string())]);

/**
 * Ringover settings, per tenant (`tenant.providers.ringover`) or as provider-wide defaults.
 * JSON-safe so they can live in a tenants table. Tenant values override the defaults field by field.
 */
export const RingoverSettingsSchema = z.strictObject({
  /** Keys of the dashboard webhook blocks (see RingoverKeyBlock). */
  secrets: z
    .strictObject({
      callEvents: SecretListSchema.optional(),
      contactCall: SecretListSchema.optional(),
      contactSearch: SecretListSchema.optional(),
      routingIvr: SecretListSchema.optional(),
    })
    .optional(),
  /** The opt-in "V3" HMAC signature (`X-Ringover-Webhook-Signature-V3`). */
  v3: z
    .strictObject({
      enabled: z.boolean().optional(),
      /**
       * Reject deliveries without a V3 signature (instead of falling back to the JWT). Turns V3 on
       * unless `enabled` is given as false.
       */
      required: z.boolean().optional(),
      toleranceSeconds: z.number().positive().optional(),
    })
    .optional(),
  /** The V1 JWT. */
  jwt: z
    .strictObject({
      /**
       * Refuse a token without a `url` claim. By default the claim is compared with the request
       * URL when the token carries it, and a token without it is accepted (Ringover's documented
       * flat claims have none): with one key shared by several tenants, such a token is valid on
       * each of their endpoints.
       */
      requireUrlClaim: z.boolean().optional(),
    })
    .optional(),
  /** The seed application's flat payload with a hex HMAC in `X-Ringover-Signature`. Off by default. */
  compat: z
    .strictObject({ enabled: z.boolean().optional(), secrets: SecretListSchema.optional() })
    .optional(),
  /**
   * Unsigned `call/ivr_response_code` deliveries are accepted only when the webhook URL contains
   * one of these secret path segments. Off (empty) by default.
   */
  ivr: z.strictObject({ urlSecrets: SecretListSchema.optional() }).optional(),
  /**
   * The public origin Ringover posts to (`https://crm.example.com`), when the server sees another
   * host behind a proxy. When set, the JWT `url` claim must match it plus the request path; when
   * not, the claim's path and query must match the request's (its origin is not checked).
   */
  publicUrl: z.url().optional(),
  /** Ringover REST API key (for reconciliation). Keys starting `US_` use the US host. */
  apiKey: z.string().min(1).optional(),
  /** Force the REST region; default from the key (`US_` → us, else eu). */
  region: z.enum(['eu', 'us']).optional(),
});
/** Ringover settings as written by the integrator (see RingoverSettingsSchema). */
export type RingoverSettings = z.input<typeof RingoverSettingsSchema>;

/** Settings with every default applied and secrets as lists. */
export interface ResolvedRingoverSettings {
  secrets: Record<RingoverKeyBlock, string[]>;
  v3: { enabled: boolean; required: boolean; toleranceSeconds: number };
  jwt: { requireUrlClaim: boolean };
  compat: { enabled: boolean; secrets: string[] };
  ivrUrlSecrets: string[];
  publicUrl: string | null;
  apiKey: string | null;
  region: 'eu' | 'us' | null;
}

/** Validates settings; a typo or a wrong type is a `configuration_error` naming the field. */
export function parseRingoverSettings(value: unknown, where: string): RingoverSettings {
  if (value === undefined || value === null) return {};
  const result = RingoverSettingsSchema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new CallbridgeError('configuration_error', `Invalid Ringover settings in ${where} (${fields}).`, {
    hint: 'Fix the listed fields; see RingoverSettings in @callbridge/ringover.',
  });
}

/** Merges provider-wide defaults with a tenant's settings: the tenant wins field by field. */
export function mergeRingoverSettings(
  defaults: RingoverSettings,
  tenant: RingoverSettings = {},
): RingoverSettings {
  return {
    ...defaults,
    ...tenant,
    secrets: { ...defaults.secrets, ...tenant.secrets },
    v3: { ...defaults.v3, ...tenant.v3 },
    jwt: { ...defaults.jwt, ...tenant.jwt },
    compat: { ...defaults.compat, ...tenant.compat },
    ivr: { ...defaults.ivr, ...tenant.ivr },
  };
}

/** Applies the defaults (V3 off unless required, 300 s tolerance, url claim optional, compat off, no IVR secret) and turns secrets into lists. */
export function resolveRingoverSettings(settings: RingoverSettings): ResolvedRingoverSettings {
  const block = (name: RingoverKeyBlock) => toSecretList(settings.secrets?.[name]);
  return {
    secrets: {
      callEvents: block('callEvents'),
      contactCall: block('contactCall'),
      contactSearch: block('contactSearch'),
      routingIvr: block('routingIvr'),
    },
    v3: {
      // `required` alone means V3 on: a setting that says it refuses deliveries without V3 must.
      enabled: settings.v3?.enabled ?? settings.v3?.required ?? false,
      required: settings.v3?.required ?? false,
      toleranceSeconds: settings.v3?.toleranceSeconds ?? 300,
    },
    jwt: { requireUrlClaim: settings.jwt?.requireUrlClaim ?? false },
    compat: { enabled: settings.compat?.enabled ?? false, secrets: toSecretList(settings.compat?.secrets) },
    ivrUrlSecrets: toSecretList(settings.ivr?.urlSecrets),
    publicUrl: settings.publicUrl ?? null,
    apiKey: settings.apiKey ?? null,
    region: settings.region ?? null,
  };
}
