import {
  CallbridgeError,
  type CallbridgeProvider,
  type DedupeStore,
  isCallbridgeError,
  isShutdownReason,
  type Logger,
  type ProviderRuntime,
  redactPhoneNumbers,
  type Tenant,
} from '@callbridge/core';
import { mainRecordingOf } from './calllog/aliases.js';
import { CallLogPoller, callLogCheckpointKey, type PollResult } from './calllog/poller.js';
import type { Clock } from './client/clock.js';
import { systemClock } from './client/clock.js';
import { RingCentralClient } from './client/platform-client.js';
import { HeldInsights, type HeldInsightsStats } from './insights/held.js';
import {
  isCurrentLink,
  POLL_JOB,
  RECONCILE_JOB,
  type ScheduledJobData,
  SUBSCRIPTION_JOB,
  scheduledJobId,
  scheduleNext,
} from './jobs.js';
import { createRecordingFetcher } from './recordings/fetcher.js';
import {
  hasCredentials,
  parseGlobalSettings,
  type ResolvedSettings,
  type RingCentralSettings,
  resolveSettings,
} from './settings.js';
import { SubscriptionManager } from './subscriptions/manager.js';
import type { EnsureResult, SubscriptionState } from './subscriptions/types.js';
import { reminderThreshold } from './webhook/events.js';
import { createReceiver } from './webhook/receive.js';

/**
 * How much earlier than the reminder filter's threshold a reminder may come (clock skew between
 * RingCentral and us, a delivery retried late) and still renew.
 */
const REMINDER_SLACK_MS = 600_000;
const subscriptionStateKey = (tenantId: string) => `ringcentral/subscription/${tenantId}`;

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
  const clients = new Map<string, RingCentralClient>();
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
  function clientOf(settings: ResolvedSettings): RingCentralClient {
    if (!hasCredentials(settings)) {
      throw new CallbridgeError(
        'configuration_error',
        'RingCentral clientId, clientSecret and jwt are not set.',
        {
          hint: 'Set them in ringcentral(options) or in tenant.providers.ringcentral.',
        },
      );
    }
    const key = [settings.server, settings.clientId, settings.jwt, settings.heavyPerMinute].join('\n');
    let client = clients.get(key);
    if (!client) {
      const l = logger();
      client = new RingCentralClient({
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        jwt: settings.jwt,
        server: settings.server,
        rateLimits: { heavy: settings.heavyPerMinute },
        clock,
        ...(l ? { logger: l } : {}),
        ...(fetch ? { fetch } : {}),
      });
      clients.set(key, client);
    }
    return client;
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

  /**
   * True when a reminder notification may renew the tenant's subscription: it names the
   * subscription we keep, and that one expires within the reminder filter's threshold (when
   * RingCentral sends its reminders). Anyone holding the verification token can post reminders
   * with fresh uuids; each one would otherwise cost a forced renewal (RingCentral API calls
   * against the app's rate limit). The scheduled pass renews on time either way.
   */
  async function reminderIsDue(
    rt: ProviderRuntime,
    tenantId: string,
    subscriptionId: string | null,
  ): Promise<boolean> {
    const state = await rt.checkpoints.get<SubscriptionState>(subscriptionStateKey(tenantId));
    if (!state) return true; // none known here yet: the pass finds or creates one
    if (subscriptionId !== state.id) {
      logger()?.warn('ringcentral: reminder of another subscription than ours ignored', { tenantId });
      return false;
    }
    const expiration = Date.parse(state.expirationTime ?? '');
    if (Number.isNaN(expiration)) return true;
    const settings = resolveSettings(global, await tenantOf(tenantId));
    const windowMs =
      Math.max(reminderThreshold(settings.subscriptionExpiresIn), settings.renewBeforeSeconds) * 1000 +
      REMINDER_SLACK_MS;
    if (expiration - clock.now() > windowMs) {
      logger()?.warn('ringcentral: reminder long before the subscription expires ignored', {
        tenantId,
        expirationTime: state.expirationTime,
      });
      return false;
    }
    return true;
  }

  const provider: RingCentralProvider = {
    name: 'ringcentral',
    receive: createReceiver({
      settings: global,
      mainRecordingOf: async (tenantId, recordingId) =>
        runtime ? mainRecordingOf(runtime.checkpoints, tenantId, recordingId) : null,
      hold: (input) => (closed ? Promise.resolve(false) : held.hold(input)),
      onReminder: async ({ tenantId, subscriptionId, uuid }) => {
        if (!runtime) return;
        if (!(await reminderIsDue(runtime, tenantId, subscriptionId))) return;
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
      const chain = (
        name: string,
        run: (data: ScheduledJobData, signal: AbortSignal | undefined) => Promise<number>,
      ) =>
        rt.jobs.process<ScheduledJobData>(name, async (job) => {
          if (closed || !(await isCurrentLink(rt, name, job.data))) return;
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
            next = clock.now() + (retryDelayMs ?? 300_000);
          }
          if (job.data.reason !== 'reminder' && !closed)
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
        return clock.now() + (await context(tenantId)).settings.pollIntervalMs;
      });
      chain(RECONCILE_JOB, async ({ tenantId }) => {
        await provider.reconcile(tenantId);
        return clock.now() + (await context(tenantId)).settings.reconcileIntervalMs;
      });
      for (const tenantId of await managedTenants(rt)) {
        const settings = resolveSettings(global, await tenantOf(tenantId));
        if (!hasCredentials(settings)) continue;
        const now = clock.now();
        if (settings.webhookAddress) await scheduleNext(rt, SUBSCRIPTION_JOB, tenantId, now);
        if (settings.pollCallLog !== false) {
          await scheduleNext(rt, POLL_JOB, tenantId, now);
          await scheduleNext(rt, RECONCILE_JOB, tenantId, now + settings.reconcileIntervalMs);
        }
      }
    },
    async close() {
      closed = true;
      held.stop();
    },
  };

  return provider;
}
