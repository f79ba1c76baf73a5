import { CallbridgeError, type Contact, type Tenant } from '@callbridge/core';
import type { RingoverClientOptions } from '../rest/client.js';
import { checkMaxPages } from '../rest/paging.js';
import { RINGOVER_KEY_BLOCKS, type RingoverSettings, RingoverSettingsSchema } from '../settings.js';
import type { RingoverRoutingFunction } from '../sync/routing.js';

/**
 * Options of `ringover(...)`. The settings (secrets, V3, compat, IVR, publicUrl, apiKey) are the
 * provider-wide defaults; a tenant's `providers.ringover` overrides them field by field.
 */
export interface RingoverProviderOptions extends RingoverSettings {
  /** Budget of caller-card lookups, contact searches and routing, in ms. Default 2000 (then 204). */
  lookupBudgetMs?: number;
  /** Largest number of contacts a contact search answers. Default 20. */
  searchLimit?: number;
  /** Caller cards: `is_shared` and extra lines. */
  callerCard?: { isShared?: boolean; data?: (contact: Contact) => Record<string, string> };
  /** Smart routing; without it `call/routing` is answered 204. */
  routing?: RingoverRoutingFunction;
  /** REST client options for reconciliation (fetch, limiter, retries). The key comes from `apiKey`. */
  rest?: Omit<RingoverClientOptions, 'apiKey' | 'region'>;
  /**
   * Reconciliation: how far back the first run looks (`initialLookbackMs`, default 24 h); how
   * late a call may be listed after it ended (`overlapMs`, default 2 h); the longest call to find
   * (`maxCallDurationMs`, default 8 h: `/calls` lists a call under its start time once it ended,
   * so a resumed run reads calls started `overlapMs + maxCallDurationMs` before the last run's
   * end, and ingests those that ended after `overlapMs` before it); the most `/calls` pages a
   * run reads (`maxPages`, default 1000: past it the run fails, logged, and its checkpoint does
   * not move); and the tenants it covers when the `ringover.reconcile` job is enqueued without a
   * tenant.
   */
  reconcile?: {
    initialLookbackMs?: number;
    overlapMs?: number;
    maxCallDurationMs?: number;
    maxPages?: number;
    tenants?: () => Promise<Tenant[]>;
  };
}

/** The options `ringover({...})` knows: the settings (RingoverSettingsSchema) and the behaviour options. */
const BEHAVIOUR_KEYS: Array<Exclude<keyof RingoverProviderOptions, keyof RingoverSettings>> = [
  'lookupBudgetMs',
  'searchLimit',
  'callerCard',
  'routing',
  'rest',
  'reconcile',
];
const OPTION_KEYS = new Set<string>([...Object.keys(RingoverSettingsSchema.shape), ...BEHAVIOUR_KEYS]);
const BLOCK_KEYS = new Set<string>(RINGOVER_KEY_BLOCKS);

/** A key `ringover({...})` does not know is a typo: a `configuration_error` naming it and the fix. */
function rejectUnknownOptions(options: object): void {
  for (const key of Object.keys(options)) {
    if (OPTION_KEYS.has(key)) continue;
    const hint =
      key === 'secret'
        ? 'Block keys go in `secrets`: `ringover({ secrets: { callEvents: "..." } })`.'
        : BLOCK_KEYS.has(key)
          ? `\`${key}\` is a block key: put it in \`secrets\`, as in \`ringover({ secrets: { ${key}: "..." } })\`.`
          : `Known options: ${[...OPTION_KEYS].join(', ')}.`;
    throw new CallbridgeError('configuration_error', `ringover() has no option \`${key}\`.`, { hint });
  }
}

/** The reconciliation durations must be non-negative numbers of ms, and `maxPages` a count of pages. */
function checkReconcileOptions(reconcile: RingoverProviderOptions['reconcile']): void {
  if (reconcile?.maxPages !== undefined) checkMaxPages(reconcile.maxPages, 'reconcile.maxPages');
  for (const name of ['initialLookbackMs', 'overlapMs', 'maxCallDurationMs'] as const) {
    const value: unknown = reconcile?.[name];
    if (value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)) continue;
    throw new CallbridgeError(
      'configuration_error',
      `Invalid \`reconcile.${name}\` in ringover() options: ${String(value).slice(0, 20)} is not a number of milliseconds.`,
      { hint: `Set \`reconcile.${name}\` to a duration in ms (0 or more), or leave it out for the default.` },
    );
  }
}

/** Splits the JSON-safe settings from the behaviour options; an unknown option is a typo. */
export function settingsOf(options: RingoverProviderOptions): RingoverSettings {
  rejectUnknownOptions(options);
  checkReconcileOptions(options.reconcile);
  const { secrets, v3, jwt, compat, ivr, publicUrl, apiKey, region } = options;
  const out: RingoverSettings = {};
  if (secrets !== undefined) out.secrets = secrets;
  if (v3 !== undefined) out.v3 = v3;
  if (jwt !== undefined) out.jwt = jwt;
  if (compat !== undefined) out.compat = compat;
  if (ivr !== undefined) out.ivr = ivr;
  if (publicUrl !== undefined) out.publicUrl = publicUrl;
  if (apiKey !== undefined) out.apiKey = apiKey;
  if (region !== undefined) out.region = region;
  return out;
}
