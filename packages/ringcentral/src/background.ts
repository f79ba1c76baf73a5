import {
  isCallbridgeError,
  isShutdownReason,
  type ProviderRuntime,
  redactPhoneNumbers,
} from '@callbridge/core';
import type { Clock } from './client/clock.js';
import {
  isCurrentLink,
  POLL_JOB,
  RECONCILE_JOB,
  type ScheduledJobData,
  SUBSCRIPTION_JOB,
  scheduleNext,
} from './jobs.js';
import type { RingCentralProvider } from './provider-options.js';
import { hasCredentials, type ResolvedSettings } from './settings.js';

/** What {@link startBackground} runs the passes with. */
export interface BackgroundOptions {
  provider: Pick<RingCentralProvider, 'ensureSubscription' | 'poll' | 'reconcile'>;
  clock: Clock;
  /** Wait after a failed pass before the next try. Default 300 000 ms. */
  retryDelayMs?: number;
  isClosed(): boolean;
  /** The tenants this process manages. */
  tenantIds(): Promise<string[]>;
  /** A tenant's settings (throws for an unknown tenant). */
  settingsOf(tenantId: string): Promise<ResolvedSettings>;
}

/**
 * Registers the subscription, poll and reconciliation jobs, each a chain of links (see
 * `scheduleNext`), and starts the chains of every managed tenant with credentials: the
 * subscription with a `webhookAddress`, the poll and reconciliation unless `pollCallLog` is false.
 * A failed pass is logged and tried again after `retryDelayMs`.
 */
export async function startBackground(rt: ProviderRuntime, options: BackgroundOptions): Promise<void> {
  const { provider, clock, isClosed } = options;
  const chain = (
    name: string,
    run: (data: ScheduledJobData, signal: AbortSignal | undefined) => Promise<number>,
  ) =>
    rt.jobs.process<ScheduledJobData>(name, async (job) => {
      if (isClosed() || !(await isCurrentLink(rt, name, job.data))) return;
      let next: number;
      try {
        next = await run(job.data, job.signal);
      } catch (error) {
        // Cut off by the queue's close() (e.g. while waiting for another instance's lease):
        // not a failed pass. Thrown, so the try does not count; the next start reschedules.
        if (isShutdownReason(job.signal?.reason)) throw error;
        rt.logger.error(`ringcentral: ${name} failed; retrying later`, {
          tenantId: job.data.tenantId,
          code: isCallbridgeError(error) ? error.code : 'internal_error',
          error: redactPhoneNumbers(error instanceof Error ? error.message : String(error)),
        });
        next = clock.now() + (options.retryDelayMs ?? 300_000);
      }
      if (job.data.reason !== 'reminder' && !isClosed())
        await scheduleNext(rt, name, job.data.tenantId, next);
    });
  chain(SUBSCRIPTION_JOB, async ({ tenantId, reason }, signal) => {
    const result = await provider.ensureSubscription(tenantId, {
      forceRenew: reason === 'reminder',
      ...(signal ? { signal } : {}),
    });
    return result.nextCheckAt;
  });
  chain(POLL_JOB, async ({ tenantId }) => {
    await provider.poll(tenantId);
    return clock.now() + (await options.settingsOf(tenantId)).pollIntervalMs;
  });
  chain(RECONCILE_JOB, async ({ tenantId }) => {
    await provider.reconcile(tenantId);
    return clock.now() + (await options.settingsOf(tenantId)).reconcileIntervalMs;
  });
  for (const tenantId of await options.tenantIds()) {
    const settings = await options.settingsOf(tenantId);
    if (!hasCredentials(settings)) continue;
    const now = clock.now();
    if (settings.webhookAddress) await scheduleNext(rt, SUBSCRIPTION_JOB, tenantId, now);
    if (settings.pollCallLog !== false) {
      await scheduleNext(rt, POLL_JOB, tenantId, now);
      await scheduleNext(rt, RECONCILE_JOB, tenantId, now + settings.reconcileIntervalMs);
    }
  }
}
