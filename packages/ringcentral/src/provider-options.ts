import { CallbridgeError, type CallbridgeProvider, type DedupeStore, type Logger } from '@callbridge/core';
import type { PollResult } from './calllog/poller.js';
import type { Clock } from './client/clock.js';
import type { RingCentralClient } from './client/platform-client.js';
import type { HeldInsightsStats } from './insights/held.js';
import type { RingCentralSettings } from './settings.js';
import type { EnsureResult } from './subscriptions/types.js';

/** Options of {@link ringcentral}: global settings plus how to run. */
export interface RingCentralOptions extends RingCentralSettings {
  /**
   * Tenants whose subscription and call log this process manages. Default: the tenant
   * directory's `default()` tenant, if any.
   */
  tenantIds?: string[];
  /** Run the subscription manager and the call-log poller from `setup`. Default true. */
  background?: boolean;
  /** Wait after a failed background pass before the next try. Default 300 000 ms. */
  retryDelayMs?: number;
  /** Injectable clock for tests (pacing, Retry-After waits, schedules). */
  clock?: Clock;
  /**
   * The fetch the RingCentral SDK uses, and a recording download's redirects off RingCentral's
   * hosts (sent without the token). Default: the global fetch.
   */
  fetch?: typeof fetch;
  logger?: Logger;
  /**
   * The store of the lease, shared by every instance, around creating a tenant's subscription
   * (key `ringcentral:subscription:<tenantId>`, 60 s TTL), so instances that start together
   * create it once. Default: the bridge's DedupeStore (`stores.dedupe`), which instances share
   * when it is Redis or Postgres. `false`: no lease (instances that race each create one, then
   * delete all but the oldest).
   */
  subscriptionLease?: DedupeStore | false;
  /**
   * Wait before the first retry of insights held for their call (see `insightsWaitMs`); it
   * doubles up to the tenant's `pollIntervalMs`. Default 30 000 ms.
   */
  insightsRetryDelayMs?: number;
}

/** The RingCentral provider, with its building blocks for direct use. */
export interface RingCentralProvider extends CallbridgeProvider {
  readonly name: 'ringcentral';
  /** The platform client of a tenant (credentials from its settings over the global ones). */
  clientFor(tenantId: string): Promise<RingCentralClient>;
  /** One subscription-manager pass for a tenant (needs `webhookAddress`). */
  ensureSubscription(
    tenantId: string,
    options?: { forceRenew?: boolean; signal?: AbortSignal },
  ): Promise<EnsureResult>;
  /** One call-log poll for a tenant. */
  poll(tenantId: string): Promise<PollResult>;
  /** The 24 h reconciliation pass for a tenant. */
  reconcile(tenantId: string): Promise<PollResult>;
  /** This process's counts of insights held for their call, joined to it, and stored on their own. */
  heldInsightsStats(): HeldInsightsStats;
}

/**
 * Refuses a delay of {@link RingCentralOptions} that is not a positive, finite number of ms: 0
 * would make a retry chain spin (the held-insights job re-enqueues itself at once), NaN or a
 * negative value reach the job queue as they are.
 * @throws CallbridgeError `configuration_error` naming the option.
 */
export function checkDelays(
  options: Pick<RingCentralOptions, 'retryDelayMs' | 'insightsRetryDelayMs'>,
): void {
  for (const name of ['retryDelayMs', 'insightsRetryDelayMs'] as const) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new CallbridgeError(
        'configuration_error',
        `\`${name}\` must be a positive number of milliseconds, got ${String(value)}.`,
        { hint: `Pass e.g. \`${name}: 30_000\`, or leave it out for the default.` },
      );
    }
  }
}
