import {
  CallbridgeError,
  type CallbridgeProvider,
  type ProviderRuntime,
  redactPhoneNumbers,
  type WebhookContext,
  type WebhookOutcome,
} from '@callbridge/core';
import { RingoverClient } from '../rest/client.js';
import { validateClientOptions } from '../rest/client-errors.js';
import { type ReconcileResult, reconcileRingoverCalls } from '../rest/reconcile.js';
import { parseRingoverSettings, resolveRingoverSettings } from '../settings.js';
import { type RingoverProviderOptions, settingsOf } from './options.js';
import { receiveRingoverWebhook } from './receive.js';
import { ringoverRecordingFetch } from './recording-fetch.js';
import { tenantSettings } from './tenant.js';

/** Name of the background job that reconciles calls (`data: { tenantId?, since? }`). */
export const RINGOVER_RECONCILE_JOB = 'ringover.reconcile';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How late a call may be listed after it ended: a resumed run re-reads this much before the last run's end. */
export const DEFAULT_RECONCILE_OVERLAP_MS = 2 * 60 * 60 * 1000;
/** The longest call a resumed reconcile finds: it reads starts this much further back. */
export const DEFAULT_RECONCILE_MAX_CALL_MS = 8 * 60 * 60 * 1000;

/** The Ringover provider: webhooks, synchronous lookups and REST reconciliation. */
export interface RingoverProvider extends CallbridgeProvider {
  readonly name: 'ringover';
  receive(context: WebhookContext): Promise<WebhookOutcome>;
  setup(runtime: ProviderRuntime): void;
  /**
   * Reads `/calls` for one tenant since `since` (default: where the last run stopped, else
   * 24 h ago) and ingests what the webhooks missed. Needs `bridge.start()` and an `apiKey`.
   */
  reconcile(options: {
    tenantId: string;
    since?: Date | string | number;
    until?: Date | string | number;
    /** Aborts the run (its REST requests, retries and waits); the checkpoint is then not moved. */
    signal?: AbortSignal;
  }): Promise<ReconcileResult>;
}

/**
 * Creates the Ringover provider for `createCallBridge({ providers: [ringover({...})] })`.
 * Options are provider-wide defaults; each tenant's `providers.ringover` settings override them.
 *
 * @throws CallbridgeError `configuration_error` when the settings are invalid.
 */
export function ringover(options: RingoverProviderOptions = {}): RingoverProvider {
  const defaults = parseRingoverSettings(settingsOf(options), 'ringover() options');
  validateClientOptions({ ...options.rest }, 'rest.', 'ringover() options');
  const clients = new Map<string, RingoverClient>();
  let runtime: ProviderRuntime | null = null;

  const clientFor = (apiKey: string, region: 'eu' | 'us' | null): RingoverClient => {
    const cacheKey = `${region ?? ''}\u0000${apiKey}`;
    let client = clients.get(cacheKey);
    if (!client) {
      // One client per key: Ringover's 2 req/s limit is per key, so the limiter must be shared.
      client = new RingoverClient({
        ...options.rest,
        apiKey,
        region,
        logger: options.rest?.logger ?? runtime?.logger,
      });
      clients.set(cacheKey, client);
    }
    return client;
  };

  const provider: RingoverProvider = {
    name: 'ringover',
    receive: (context) => receiveRingoverWebhook(context, defaults, options),

    setup(rt) {
      runtime = rt;
      rt.jobs.process<{ tenantId?: string; since?: string }>(RINGOVER_RECONCILE_JOB, async (job) => {
        const ids = job.data.tenantId
          ? [job.data.tenantId]
          : ((await options.reconcile?.tenants?.()) ?? []).map((t) => t.id);
        if (ids.length === 0) {
          rt.logger.warn('ringover: the reconcile job covers no tenant; nothing was reconciled', {
            hint: 'Enqueue it with { tenantId }, or give ringover() `reconcile.tenants` for a job without one.',
          });
          return;
        }
        // One tenant that fails (no key, a refused key) does not stop the others; the job fails
        // after them, so the queue still shows it. Closing the queue stops the run at once.
        const failed: string[] = [];
        for (const tenantId of ids) {
          try {
            await provider.reconcile({
              tenantId,
              ...(job.data.since ? { since: job.data.since } : {}),
              ...(job.signal ? { signal: job.signal } : {}),
            });
          } catch (error) {
            if (job.signal?.aborted || ids.length === 1) throw error;
            failed.push(tenantId);
            rt.logger.error('ringover: reconciliation failed for a tenant; the others go on', {
              tenantId,
              code: error instanceof CallbridgeError ? error.code : 'internal_error',
              error: redactPhoneNumbers(error instanceof Error ? error.message : String(error)).slice(0, 300),
            });
          }
        }
        if (failed.length > 0) {
          throw new CallbridgeError(
            'upstream_error',
            `Ringover reconciliation failed for ${failed.length} of ${ids.length} tenants (${failed.slice(0, 5).join(', ')}).`,
            { hint: 'See the logged error of each tenant; the other tenants were reconciled.' },
          );
        }
      });
      rt.recordingFetchers?.register('ringover', ringoverRecordingFetch(rt, defaults, options.rest?.fetch));
    },

    async reconcile({ tenantId, since, until, signal }) {
      if (!runtime) {
        throw new CallbridgeError('configuration_error', 'The Ringover provider is not started.', {
          hint: 'Call `await bridge.start()` before reconciling.',
        });
      }
      const tenant = await runtime.tenants.byId(tenantId);
      if (!tenant) {
        throw new CallbridgeError('unknown_tenant', 'No tenant has this id.', {
          hint: 'Pass the id of a tenant.',
        });
      }
      const settings = resolveRingoverSettings(tenantSettings(defaults, tenant));
      if (!settings.apiKey) {
        throw new CallbridgeError(
          'secret_not_configured',
          'No Ringover API key is configured for reconciliation.',
          {
            hint: 'Set `apiKey` in the ringover() options or in tenant.providers.ringover.',
          },
        );
      }
      const checkpointKey = `ringover:reconcile:${tenantId}`;
      const last = await runtime.checkpoints.get<{ until: string }>(checkpointKey);
      // `/calls` lists a call under its start time, once it has ended. A resumed run ingests the
      // calls that ended since `overlapMs` before the last end (a call may be listed late), and
      // so reads every call started up to `maxCallDurationMs` before that: a long call that was
      // still running at the last run is found too. Calls that ended earlier were ingested then.
      const overlap = options.reconcile?.overlapMs ?? DEFAULT_RECONCILE_OVERLAP_MS;
      const longest = options.reconcile?.maxCallDurationMs ?? DEFAULT_RECONCILE_MAX_CALL_MS;
      const lastUntil = resumePoint(last?.until, runtime, tenantId);
      const lastEnd = since === undefined ? lastUntil : Number.NaN;
      const resumed = !Number.isNaN(lastEnd);
      const from = resumed
        ? new Date(lastEnd - overlap - longest).toISOString()
        : (since ?? runtime.now() - (options.reconcile?.initialLookbackMs ?? DAY_MS));
      const result = await reconcileRingoverCalls({
        client: clientFor(settings.apiKey, settings.region),
        runtime,
        tenantId,
        since: from,
        ...(resumed ? { endedAfter: lastEnd - overlap } : {}),
        ...(options.reconcile?.maxPages !== undefined ? { maxPages: options.reconcile.maxPages } : {}),
        ...(until !== undefined ? { until } : {}),
        ...(signal ? { signal } : {}),
      });
      // The resume point only moves forward: a backfill of an older range (`since` and `until` in
      // the past) must not send the next regular run back to re-read everything since. It is never
      // later than now: no call has started after now, whatever `until` the run was given.
      const reached = Math.min(Date.parse(result.until), runtime.now());
      if (!(lastUntil > reached)) {
        await runtime.checkpoints.set(checkpointKey, { until: new Date(reached).toISOString() });
      }
      return result;
    },
  };
  return provider;
}

/**
 * The resume point of the regular runs, in ms (NaN when there is none). One later than now was
 * set while the clock was ahead: kept, every run would read from a time to come (nothing) and
 * leave it in place, so reconciliation would stop until the clock caught up. Such a point is
 * read as now (logged past a minute ahead), and the run's end replaces it.
 */
function resumePoint(
  stored: string | undefined,
  runtime: Pick<ProviderRuntime, 'now' | 'logger'>,
  tenantId: string,
): number {
  const ms = stored ? Date.parse(stored) : Number.NaN;
  const now = runtime.now();
  if (!(ms > now)) return ms;
  // A few seconds ahead is another server's clock: read as now, not worth a warning.
  if (ms - now > 60_000)
    runtime.logger.warn(
      'ringover: the reconciliation resume point is later than now (the clock was ahead); resuming from now',
      {
        tenantId,
        resumePoint: stored,
        now: new Date(now).toISOString(),
      },
    );
  return now;
}
