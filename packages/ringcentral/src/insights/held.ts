import { type CallEventInput, type Logger, type ProviderRuntime, redactPhoneNumbers } from '@callbridge/core';
import { mainRecordingOf } from '../calllog/aliases.js';
import { type CallLogCheckpoint, callLogCheckpointKey } from '../calllog/poller.js';
import type { Clock } from '../client/clock.js';
import { hasCredentials, type ResolvedSettings } from '../settings.js';
import { parseEnvelope } from '../webhook/envelope.js';
import { normalizeInsights, normalizeOtherRecordingInsights } from './normalize.js';
import { InsightsBodySchema } from './schema.js';

/** Job that tries again to join held insights to their call's record. */
export const HELD_INSIGHTS_JOB = 'ringcentral.insights.held';
/**
 * Deliveries held for one recording at most (RingSense sends two per call: AI Notes, then
 * RingSense); more are stored at once, so a flood keeps the recording's list small.
 */
export const MAX_HELD_PER_RECORDING = 10;
/** Default wait before the first retry; it doubles up to the tenant's `pollIntervalMs`. */
export const DEFAULT_INSIGHTS_RETRY_DELAY_MS = 30_000;

/**
 * How long held insights stay in the CheckpointStore past `insightsWaitMs`: their last retry is
 * due then, and may come later (its own tries, an instance down meanwhile). Entries a lost retry
 * job left behind (the in-memory queue after a restart) are gone after that.
 */
export const HELD_INSIGHTS_MARGIN_MS = 86_400_000;
/** The `ttlMs` of the entries of insights held for `insightsWaitMs`. */
const heldTtlMs = (insightsWaitMs: number) => ({ ttlMs: insightsWaitMs + HELD_INSIGHTS_MARGIN_MS });

const enc = encodeURIComponent;
/** A held notification, one CheckpointStore entry per tenant and delivery uuid. */
export const heldInsightsKey = (tenantId: string, uuid: string): string =>
  `ringcentral/held-insights/${enc(tenantId)}/${enc(uuid)}`;
/** The uuids held for a recording, which the poller consults when it reads the recording's call. */
export const heldInsightsOfKey = (tenantId: string, recordingId: string): string =>
  `ringcentral/held-insights-of/${enc(tenantId)}/${enc(recordingId)}`;

interface Held {
  recordingId: string;
  /** The notification as received (JSON text), parsed again when applied. */
  notification: string;
  heldAt: number;
}

/** Data of a {@link HELD_INSIGHTS_JOB} try. */
export interface HeldInsightsJob {
  tenantId: string;
  uuid: string;
  recordingId: string;
  heldAt: number;
  tryNumber: number;
}

/** Counters of this process: insights held, joined to their call, and stored on their own. */
export interface HeldInsightsStats {
  held: number;
  applied: number;
  storedAlone: number;
}

/** The HeldInsights that runs the jobs of each queue. */
const processors = new WeakMap<object, { current: HeldInsights }>();

/** The insights event of a notification, joined to the call's record when the call log listed it. */
export async function insightsEventOf(
  runtime: Pick<ProviderRuntime, 'checkpoints'>,
  tenantId: string,
  notification: Uint8Array,
  logger: Logger,
): Promise<CallEventInput> {
  const { envelope, raw } = parseEnvelope(notification);
  const body = InsightsBodySchema.parse(envelope.body);
  const common = {
    tenantId,
    deliveryId: envelope.uuid,
    timestamp: envelope.timestamp ?? null,
    body,
    raw,
    logger,
  };
  const main = await mainRecordingOf(runtime.checkpoints, tenantId, body.sourceRecordId);
  return main === null
    ? normalizeInsights(common)
    : normalizeOtherRecordingInsights({ ...common, mainRecordingId: main });
}

/**
 * RingSense insights that arrive before the call-log poller read their call. RingSense keys them on
 * their recording, which is the call's record key only for the call's main recording; an other
 * recording of a transferred call is known to belong to the call only once the poller read it.
 * Held insights are kept in the CheckpointStore (the notification as received) and applied by
 * the poller when it reads the call, or by a retry job (first after `retryDelayMs`, doubling up to
 * the tenant's `pollIntervalMs`) that finds the call read. Once `insightsWaitMs` passed without
 * that, they are stored on their own (keyed on their recording), logged and counted.
 */
export class HeldInsights {
  private runtime: ProviderRuntime | null = null;
  private readonly counts: HeldInsightsStats = { held: 0, applied: 0, storedAlone: 0 };

  constructor(
    private readonly options: {
      clock: Clock;
      retryDelayMs?: number;
      settingsOf(tenantId: string): Promise<ResolvedSettings | null>;
    },
  ) {}

  /** Counters since this provider was created. */
  stats(): HeldInsightsStats {
    return { ...this.counts };
  }

  /** Registers the retry job; holding starts here (a bridge never started stores insights at once). */
  start(runtime: ProviderRuntime): void {
    // One handler per queue: a setup run again (after a failed start), or another provider
    // instance set up on the same runtime, takes the jobs over.
    const entry = processors.get(runtime.jobs);
    if (entry) entry.current = this;
    else {
      const fresh = { current: this as HeldInsights };
      processors.set(runtime.jobs, fresh);
      runtime.jobs.process<HeldInsightsJob>(HELD_INSIGHTS_JOB, (job) => fresh.current.retry(job.data));
    }
    this.runtime = runtime;
  }

  stop(): void {
    this.runtime = null;
  }

  /**
   * Holds the insights of `recordingId` when the tenant's call log is polled (see `isPolled`) and
   * has not listed the recording yet; false when they are to be stored at once. A redelivery of
   * insights held already is held once: the first delivery's entry and retry job stand. Beyond
   * {@link MAX_HELD_PER_RECORDING} for one recording, they are stored at once.
   */
  async hold(input: {
    settings: ResolvedSettings;
    tenantId: string;
    uuid: string;
    recordingId: string;
    notification: Uint8Array;
  }): Promise<boolean> {
    const rt = this.runtime;
    const { settings, tenantId, uuid, recordingId } = input;
    if (!rt || settings.insightsWaitMs <= 0 || !hasCredentials(settings) || settings.pollCallLog === false)
      return false;
    const heldAt = this.options.clock.now();
    if (!(await this.isPolled(rt, tenantId, settings, heldAt))) return false;
    if (await this.isKnown(rt, tenantId, recordingId)) return false;
    const key = heldInsightsKey(tenantId, uuid);
    if ((await rt.checkpoints.get<Held>(key)) !== null) return true;
    const listKey = heldInsightsOfKey(tenantId, recordingId);
    const uuids = (await rt.checkpoints.get<string[]>(listKey)) ?? [];
    if (uuids.length >= MAX_HELD_PER_RECORDING && !uuids.includes(uuid)) return false;
    // The retry job before the entry: an entry always has its job (or a poll that applies it).
    await this.schedule(rt, { tenantId, uuid, recordingId, heldAt, tryNumber: 1 }, this.firstDelay());
    const notification = new TextDecoder().decode(input.notification);
    const ttl = heldTtlMs(settings.insightsWaitMs);
    await rt.checkpoints.set<Held>(key, { recordingId, notification, heldAt }, ttl);
    if (!uuids.includes(uuid)) await rt.checkpoints.set(listKey, [...uuids, uuid], ttl);
    this.counts.held += 1;
    rt.logger.info('ringcentral: insights held until the call log lists their call', {
      tenantId,
      recordingId,
    });
    return true;
  }

  /** Applies the insights held for the recordings of a call the poller just ingested. */
  async release(tenantId: string, recordingIds: readonly string[]): Promise<void> {
    const rt = this.runtime;
    if (!rt) return;
    for (const recordingId of new Set(recordingIds)) {
      const key = heldInsightsOfKey(tenantId, recordingId);
      const uuids = await rt.checkpoints.get<string[]>(key);
      if (!uuids?.length) continue;
      for (const uuid of uuids) {
        try {
          await this.apply(rt, tenantId, uuid, 'applied');
        } catch (error) {
          // The retry job still has them.
          rt.logger.error('ringcentral: held insights not applied yet; their retry job will', {
            tenantId,
            recordingId,
            error: redactPhoneNumbers(error instanceof Error ? error.message : String(error)),
          });
        }
      }
      await rt.checkpoints.delete(key);
    }
  }

  private firstDelay(): number {
    return this.options.retryDelayMs ?? DEFAULT_INSIGHTS_RETRY_DELAY_MS;
  }

  /**
   * True when a poll of the tenant's call log ended within `insightsWaitMs`, or two poll intervals
   * when that is longer (the next poll is still to come): no poll (the tenant is not in any
   * instance's `tenantIds`, nobody calls `poll`) or none for that long (polling stopped or keeps
   * failing) would only keep the insights waiting out the whole wait.
   */
  private async isPolled(
    rt: ProviderRuntime,
    tenantId: string,
    settings: ResolvedSettings,
    now: number,
  ): Promise<boolean> {
    const checkpoint = await rt.checkpoints.get<CallLogCheckpoint>(callLogCheckpointKey(tenantId));
    const end = Date.parse(checkpoint?.dateTo ?? '');
    return Number.isFinite(end) && now - end < Math.max(settings.insightsWaitMs, 2 * settings.pollIntervalMs);
  }

  private async isKnown(rt: ProviderRuntime, tenantId: string, recordingId: string): Promise<boolean> {
    if ((await mainRecordingOf(rt.checkpoints, tenantId, recordingId)) !== null) return true;
    return (await rt.interactions.getBySource(tenantId, 'RINGCENTRAL', recordingId)) !== null;
  }

  private async schedule(rt: ProviderRuntime, data: HeldInsightsJob, delayMs: number): Promise<void> {
    const jobId = [HELD_INSIGHTS_JOB, data.tenantId, data.uuid, String(data.tryNumber)]
      .map((p) => enc(p).replaceAll('.', '%2E'))
      .join('.');
    await rt.jobs.enqueue(HELD_INSIGHTS_JOB, data, { jobId, delayMs, attempts: 3 });
  }

  /** Ingests a held notification and forgets it; false when it was applied already. */
  private async apply(
    rt: ProviderRuntime,
    tenantId: string,
    uuid: string,
    outcome: 'applied' | 'storedAlone',
  ): Promise<boolean> {
    const held = await rt.checkpoints.get<Held>(heldInsightsKey(tenantId, uuid));
    if (!held) return false;
    const bytes = new TextEncoder().encode(held.notification);
    await rt.ingest(await insightsEventOf(rt, tenantId, bytes, rt.logger));
    await rt.checkpoints.delete(heldInsightsKey(tenantId, uuid));
    this.counts[outcome] += 1;
    return true;
  }

  /** One try of a {@link HELD_INSIGHTS_JOB}. */
  async retry(data: HeldInsightsJob): Promise<void> {
    const rt = this.runtime;
    if (!rt) throw new Error('The RingCentral provider is closed; the held insights wait for a restart.');
    const { tenantId, uuid, recordingId } = data;
    const settings = await this.options.settingsOf(tenantId);
    const waited = this.options.clock.now() - data.heldAt;
    const known = await this.isKnown(rt, tenantId, recordingId);
    if (!known && settings && waited < settings.insightsWaitMs) {
      const delay = Math.min(
        this.firstDelay() * 2 ** data.tryNumber,
        Math.max(this.firstDelay(), settings.pollIntervalMs),
        settings.insightsWaitMs - waited,
      );
      await this.schedule(rt, { ...data, tryNumber: data.tryNumber + 1 }, delay);
      return;
    }
    if (!(await this.apply(rt, tenantId, uuid, known ? 'applied' : 'storedAlone'))) return;
    await this.forget(rt, tenantId, recordingId, uuid, settings?.insightsWaitMs ?? 0);
    if (!known) {
      rt.logger.warn(
        'ringcentral: held insights stored on their own: the call log did not list their call in time',
        {
          tenantId,
          recordingId,
          tries: data.tryNumber,
          waitedMs: waited,
          hint: 'Check that the call log is polled for this tenant (tenantIds, pollCallLog); raise insightsWaitMs to wait longer.',
        },
      );
    }
  }

  /** Takes `uuid` off the recording's list the poller consults. */
  private async forget(
    rt: ProviderRuntime,
    tenantId: string,
    recordingId: string,
    uuid: string,
    insightsWaitMs: number,
  ): Promise<void> {
    const key = heldInsightsOfKey(tenantId, recordingId);
    const rest = ((await rt.checkpoints.get<string[]>(key)) ?? []).filter((u) => u !== uuid);
    if (rest.length > 0) await rt.checkpoints.set(key, rest, heldTtlMs(insightsWaitMs));
    else await rt.checkpoints.delete(key);
  }
}
