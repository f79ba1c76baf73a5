import { CallbridgeError, type Tenant } from '@callbridge/core';
import { z } from 'zod';
import { DEFAULT_MAX_CALL_DURATION_MS } from './calllog/poller.js';
import { INSIGHTS_EVENT_FILTER } from './webhook/events.js';

/**
 * RingCentral settings, global (the `ringcentral(options)` call) or per tenant
 * (`tenant.providers.ringcentral`). A tenant's values override the global ones key by key.
 */
export const RingCentralSettingsSchema = z.object({
  /** App client id (JWT auth flow). */
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  /** The JWT credential of the user the app acts as. */
  jwt: z.string().min(1).optional(),
  /** Platform URL. Default `https://platform.ringcentral.com`. */
  server: z.url().optional(),
  /** The RingCentral account id webhooks must name (`/accounts/<id>/` in `event`). */
  accountId: z.string().min(1).optional(),
  /** Extension ids allowed as a notification's `ownerId` (the users that own our subscriptions). */
  ownerIds: z.array(z.string().min(1)).optional(),
  /** Verification token(s) webhooks must carry; several during a rotation. The first is subscribed. */
  verificationToken: z.union([z.string(), z.array(z.string())]).optional(),
  /** Public HTTPS URL of this tenant's RingCentral webhook route; enables the subscription manager. */
  webhookAddress: z.url().optional(),
  /** Event filters to subscribe to. Default: RingSense pbx insights. */
  eventFilters: z.array(z.string().min(1)).min(1).optional(),
  /** Subscription lifetime requested at creation, seconds. Default 604800 (7 days). */
  subscriptionExpiresIn: z.number().int().min(600).max(315_360_000).optional(),
  /** Renew when less than this many seconds are left. Default: a quarter of the lifetime. */
  renewBeforeSeconds: z.number().int().positive().optional(),
  /** Heavy-group calls (call log, recordings) per minute. Default 10. */
  heavyPerMinute: z.number().int().positive().optional(),
  /** Poll the call log for recordings. Default true when credentials are set. */
  pollCallLog: z.boolean().optional(),
  /** Call-log poll interval. Default 300 000 ms (5 min). */
  pollIntervalMs: z.number().int().positive().optional(),
  /** How far each poll reaches back before the previous one's end. Default 120 000 ms. */
  overlapMs: z.number().int().nonnegative().optional(),
  /**
   * The longest call a poll looks back for, on top of `overlapMs` (the call log filters on start
   * time and lists a call once it ended). Default 7 200 000 ms (2 h); 0 turns it off.
   */
  maxCallDurationMs: z.number().int().nonnegative().optional(),
  /** First poll's reach when no checkpoint exists. Default 24 h. */
  initialLookbackMs: z.number().int().positive().optional(),
  /** Interval of the reconciliation pass over the last 24 h. Default 24 h. */
  reconcileIntervalMs: z.number().int().positive().optional(),
  /**
   * How long RingSense insights of a recording the call log has not listed yet wait for the poll
   * to read their call (then they join its record) before they are stored on their own. Only
   * while the call log is polled (a poll of it ended within this wait, or two poll intervals
   * when that is longer). Default 3 600 000 ms (1 h); 0 stores them at once.
   */
  insightsWaitMs: z.number().int().nonnegative().optional(),
});
/** Settings as written by the integrator. */
export type RingCentralSettings = z.infer<typeof RingCentralSettingsSchema>;

/** Settings with every default applied (credentials may still be absent: webhook-only use). */
export interface ResolvedSettings extends RingCentralSettings {
  /** The tenant these settings were resolved for; null for the global settings alone. */
  tenantId: string | null;
  server: string;
  verificationTokens: string[];
  eventFilters: string[];
  subscriptionExpiresIn: number;
  renewBeforeSeconds: number;
  heavyPerMinute: number;
  pollIntervalMs: number;
  overlapMs: number;
  maxCallDurationMs: number;
  initialLookbackMs: number;
  reconcileIntervalMs: number;
  insightsWaitMs: number;
}

function parse(value: unknown, where: string): RingCentralSettings {
  const result = RingCentralSettingsSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  const paths = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
  throw new CallbridgeError('configuration_error', `Invalid RingCentral settings in ${where} (${paths}).`, {
    hint: 'Fix those keys; see RingCentralSettingsSchema in @callbridge/ringcentral.',
  });
}

/** Validates the global settings once, at `ringcentral(options)`. */
export function parseGlobalSettings(value: unknown): RingCentralSettings {
  return parse(value, 'ringcentral(options)');
}

/** Merges a tenant's `providers.ringcentral` over the global settings and applies defaults. */
export function resolveSettings(global: RingCentralSettings, tenant: Tenant | null): ResolvedSettings {
  const own = tenant
    ? parse(tenant.providers?.ringcentral, `tenant "${tenant.id}" providers.ringcentral`)
    : {};
  const defined = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
  const s: RingCentralSettings = { ...global, ...defined };
  const expiresIn = s.subscriptionExpiresIn ?? 604_800;
  const list = s.verificationToken === undefined ? [] : [s.verificationToken].flat();
  return {
    ...s,
    tenantId: tenant?.id ?? null,
    server: s.server ?? 'https://platform.ringcentral.com',
    verificationTokens: list.map((t) => t.trim()).filter((t) => t.length > 0),
    eventFilters: s.eventFilters ?? [INSIGHTS_EVENT_FILTER],
    subscriptionExpiresIn: expiresIn,
    renewBeforeSeconds: s.renewBeforeSeconds ?? Math.floor(expiresIn / 4),
    heavyPerMinute: s.heavyPerMinute ?? 10,
    pollIntervalMs: s.pollIntervalMs ?? 300_000,
    overlapMs: s.overlapMs ?? 120_000,
    maxCallDurationMs: s.maxCallDurationMs ?? DEFAULT_MAX_CALL_DURATION_MS,
    initialLookbackMs: s.initialLookbackMs ?? 86_400_000,
    reconcileIntervalMs: s.reconcileIntervalMs ?? 86_400_000,
    insightsWaitMs: s.insightsWaitMs ?? 3_600_000,
  };
}

/** True when the settings carry the app credentials the platform client needs. */
export function hasCredentials(
  s: ResolvedSettings,
): s is ResolvedSettings & { clientId: string; clientSecret: string; jwt: string } {
  return Boolean(s.clientId && s.clientSecret && s.jwt);
}
