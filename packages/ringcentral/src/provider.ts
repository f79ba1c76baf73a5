import { CallbridgeError, type ProviderRuntime, type Tenant } from '@callbridge/core';
import { startBackground } from './background.js';
import { mainRecordingOf, recordingAliasTtlOf } from './calllog/aliases.js';
import { CallLogPoller, callLogCheckpointKey } from './calllog/poller.js';
import { clientCache } from './client/clients.js';
import { systemClock } from './client/clock.js';
import type { RingCentralClient } from './client/platform-client.js';
import { HeldInsights } from './insights/held.js';
import { type ScheduledJobData, SUBSCRIPTION_JOB, scheduledJobId } from './jobs.js';
import { checkDelays, type RingCentralOptions, type RingCentralProvider } from './provider-options.js';
import { createRecordingFetcher } from './recordings/fetcher.js';
import { parseGlobalSettings, type ResolvedSettings, resolveSettings } from './settings.js';
import { SubscriptionManager } from './subscriptions/manager.js';
import { reminderIsDue, subscriptionStateKey } from './subscriptions/reminder.js';
import { createReceiver } from './webhook/receive.js';

export type { RingCentralOptions, RingCentralProvider } from './provider-options.js';

function notStarted(): CallbridgeError {
  return new CallbridgeError('configuration_error', 'The RingCentral provider is not started.', {
    hint: 'Call bridge.start() before running polls or subscription passes.',
  });
}

/**
 * The RingCentral provider: RingSense insights by webhook, the company call log polled for
 * recordings (downloaded by core's background job with our bearer-token fetcher), and a webhook
 * subscription that creates, renews and recreates itself. Settings per tenant come from
 * `tenant.providers.ringcentral`, over these global options.
 */
export function ringcentral(options: RingCentralOptions = {}): RingCentralProvider {
  checkDelays(options);
  const {
    tenantIds,
    background,
    retryDelayMs,
    clock: clockOption,
    fetch,
    logger: log,
    subscriptionLease,
    insightsRetryDelayMs,
    ...rest
  } = options;
  const global = parseGlobalSettings(rest);
  const clock = clockOption ?? systemClock;
  let runtime: ProviderRuntime | null = null;
  let closed = false;
  const held = new HeldInsights({
    clock,
    ...(insightsRetryDelayMs !== undefined ? { retryDelayMs: insightsRetryDelayMs } : {}),
    settingsOf: async (tenantId) => {
      const tenant = await runtime?.tenants.byId(tenantId);
      return tenant ? resolveSettings(global, tenant) : null;
    },
  });

  const logger = () => log ?? runtime?.logger;
  const clientOf = clientCache({ clock, logger, ...(fetch ? { fetch } : {}) });
  async function managedTenants(rt: ProviderRuntime): Promise<string[]> {
    if (tenantIds) return tenantIds;
    const fallback = await rt.tenants.default?.();
    return fallback ? [fallback.id] : [];
  }
  async function tenantOf(tenantId: string): Promise<Tenant> {
    if (!runtime) throw notStarted();
    const tenant = await runtime.tenants.byId(tenantId);
    if (!tenant) {
      throw new CallbridgeError('unknown_tenant', `No tenant "${tenantId}" in the tenant directory.`, {
        hint: 'Check `tenantIds` in ringcentral(options).',
      });
    }
    return tenant;
  }
  async function context(tenantId: string) {
    const tenant = await tenantOf(tenantId);
    const settings = resolveSettings(global, tenant);
    return { tenant, settings, client: clientOf(settings), rt: runtime as ProviderRuntime };
  }
  function poller(
    rt: ProviderRuntime,
    tenantId: string,
    settings: ResolvedSettings,
    client: RingCentralClient,
  ) {
    const l = logger();
    return new CallLogPoller({
      client,
      checkpoints: rt.checkpoints,
      checkpointKey: callLogCheckpointKey(tenantId),
      tenantId,
      ingest: (event) => rt.ingest(event),
      clock,
      overlapMs: settings.overlapMs,
      maxCallDurationMs: settings.maxCallDurationMs,
      initialLookbackMs: settings.initialLookbackMs,
      onCallRead: (recordingIds) => held.release(tenantId, recordingIds),
      ...(l ? { logger: l } : {}),
    });
  }

  const provider: RingCentralProvider = {
    name: 'ringcentral',
    receive: createReceiver({
      settings: global,
      mainRecordingOf: async (tenantId, recordingId) =>
        runtime
          ? mainRecordingOf(runtime.checkpoints, tenantId, recordingId, {
              refreshTtlMs: async () =>
                recordingAliasTtlOf(resolveSettings(global, await tenantOf(tenantId))),
            })
          : null,
      hold: (input) => (closed ? Promise.resolve(false) : held.hold(input)),
      onReminder: async ({ tenantId, subscriptionId, uuid }) => {
        if (!runtime) return;
        const due = await reminderIsDue({
          checkpoints: runtime.checkpoints,
          tenantId,
          subscriptionId,
          settings: async () => resolveSettings(global, await tenantOf(tenantId)),
          now: () => clock.now(),
          logger: logger(),
        });
        if (!due) return;
        await runtime.jobs.enqueue<ScheduledJobData>(
          SUBSCRIPTION_JOB,
          { tenantId, runAt: clock.now(), reason: 'reminder' },
          { jobId: scheduledJobId(SUBSCRIPTION_JOB, tenantId, `reminder-${uuid}`), attempts: 3 },
        );
      },
    }),
    clientFor: async (tenantId) => (await context(tenantId)).client,
    heldInsightsStats: () => held.stats(),
    async ensureSubscription(tenantId, opts = {}) {
      const { settings, client, rt } = await context(tenantId);
      const token = settings.verificationTokens[0];
      if (!settings.webhookAddress || !token) {
        throw new CallbridgeError(
          'configuration_error',
          'RingCentral webhookAddress or verificationToken is not set.',
          {
            hint: 'Set webhookAddress (the public URL of /webhooks/ringcentral/<tenantKey>) and verificationToken.',
          },
        );
      }
      const l = logger();
      const leaseStore = subscriptionLease === false ? undefined : (subscriptionLease ?? rt.dedupe);
      const manager = new SubscriptionManager({
        client,
        checkpoints: rt.checkpoints,
        stateKey: subscriptionStateKey(tenantId),
        clock,
        ...(l ? { logger: l } : {}),
        ...(leaseStore ? { lease: { store: leaseStore, key: `ringcentral:subscription:${tenantId}` } } : {}),
      });
      return manager.ensureSubscription({
        address: settings.webhookAddress,
        eventFilters: settings.eventFilters,
        verificationToken: token,
        expiresIn: settings.subscriptionExpiresIn,
        renewBeforeSeconds: settings.renewBeforeSeconds,
        forceRenew: opts.forceRenew === true,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    },
    async poll(tenantId) {
      const { settings, client, rt } = await context(tenantId);
      return poller(rt, tenantId, settings, client).poll();
    },
    async reconcile(tenantId) {
      const { settings, client, rt } = await context(tenantId);
      return poller(rt, tenantId, settings, client).reconcile();
    },
    async setup(rt) {
      runtime = rt;
      closed = false;
      rt.recordingFetchers?.register(
        'ringcentral',
        createRecordingFetcher({
          settingsOf: async (tenantId) => {
            const tenant = await rt.tenants.byId(tenantId);
            return tenant ? resolveSettings(global, tenant) : null;
          },
          clientOf,
          ...(fetch ? { fetch } : {}),
        }),
      );
      // Insights held for their call are retried by every started instance, background or not.
      held.start(rt);
      if (background === false) return;
      await startBackground(rt, {
        provider,
        clock,
        ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
        isClosed: () => closed,
        tenantIds: () => managedTenants(rt),
        settingsOf: async (tenantId) => resolveSettings(global, await tenantOf(tenantId)),
      });
    },
    async close() {
      closed = true;
      held.stop();
    },
  };

  return provider;
}
