import type { CallEventInput } from '@callbridge/core';
import { type CheckpointStore, type IngestResult, type Logger, silentLogger } from '@callbridge/core';
import type { Clock } from '../client/clock.js';
import type { RingCentralClient } from '../client/platform-client.js';
import {
  callLogMainTtlMs,
  recordingAliasTtlMs,
  rememberedMainOf,
  rememberMain,
  rememberOtherRecordings,
} from './aliases.js';
import { isInProgress, normalizeCallLogRecord } from './normalize.js';
import { CallLogPages } from './pages.js';
import type { OtherRecording } from './recordings.js';
import { type CallLogRecord, CallLogRecordSchema } from './schema.js';

/** The company call log: Heavy group, user permission FullCompanyCallLog. */
export const CALL_LOG_PATH = '/restapi/v1.0/account/~/call-log';

/** The CheckpointStore key of a tenant's {@link CallLogCheckpoint}. */
export const callLogCheckpointKey = (tenantId: string): string => `ringcentral/calllog/${tenantId}`;

/** The poller's checkpoint: where the last poll ended and the records already seen near that end. */
export interface CallLogCheckpoint {
  /** ISO `dateTo` of the last completed poll. */
  dateTo: string;
  /**
   * Records of the look-back window already ingested, with their `lastModifiedTime` (Detailed
   * view): skipped when read again unchanged.
   */
  seen: SeenRecord[];
}

/** A record a poll ingested. */
export interface SeenRecord {
  id: string;
  startTime: string;
  /** Absent in checkpoints written before it was kept: such a record is skipped as before. */
  lastModifiedTime?: string | null;
}

/** True when `record` was ingested as it is now (its `lastModifiedTime` did not move). */
function unchanged(seen: Map<string, SeenRecord>, record: CallLogRecord): boolean {
  const entry = seen.get(record.id);
  if (!entry) return false;
  const before = entry.lastModifiedTime ?? null;
  const now = record.lastModifiedTime ?? null;
  return before === null || now === null || before === now;
}

/** What one pass read and ingested. */
export interface PollResult {
  dateFrom: string;
  dateTo: string;
  pages: number;
  records: number;
  /** Records skipped because the previous poll already ingested them. */
  skipped: number;
  events: number;
  /**
   * Pages skipped because their answer stayed larger than the client reads (`maxResponseBytes`)
   * even as single records; each is logged as an error. Their records are read again by the next
   * polls while in the look-back window.
   */
  unreadPages: number;
}

/** Options of {@link CallLogPoller}. */
export interface CallLogPollerOptions {
  client: RingCentralClient;
  checkpoints: CheckpointStore;
  /** Checkpoint key of this poller (one per tenant). */
  checkpointKey: string;
  tenantId: string;
  ingest(event: CallEventInput): Promise<IngestResult>;
  clock: Clock;
  /** Reach back this far before the previous `dateTo` (calls show up 15–30 s late). Default 120 s. */
  overlapMs?: number;
  /**
   * The longest call each poll looks back for, on top of `overlapMs`. The call log filters on a
   * call's start time and lists it only once it ended, so a call that started before the previous
   * poll is found only if the window reaches back to its start. Default 2 h
   * ({@link DEFAULT_MAX_CALL_DURATION_MS}); longer calls are left to the daily reconciliation.
   */
  maxCallDurationMs?: number;
  /** Reach of the first poll without a checkpoint. Default 24 h. */
  initialLookbackMs?: number;
  /**
   * Called with the recording ids of a call (the one its record is keyed on, then its other
   * recordings) once its events are ingested: insights held for them join the record now.
   */
  onCallRead?(recordingIds: string[]): Promise<void>;
  logger?: Logger;
}

/** Default look-back for long calls: 2 h, one 1000-record page of recorded calls in most accounts. */
export const DEFAULT_MAX_CALL_DURATION_MS = 7_200_000;

/**
 * Polls the company call log (`type=Voice`, `recordingType=All`, `view=Detailed`, `perPage=1000`), following
 * `navigation.nextPage` to the end, and ingests each recorded call. The checkpoint survives
 * restarts: each poll starts `overlapMs + maxCallDurationMs` before where the last one ended (the
 * call log filters on start time, and a call appears only after it ends) and skips the records it
 * already ingested there unchanged, so there is no gap and no duplicate. A record whose
 * `lastModifiedTime` moved since is ingested again, as new deliveries. A record read again without
 * being in the checkpoint (an older checkpoint, the reconciliation) is ingested again: its delivery
 * ids derive from its id and `lastModifiedTime`, so an unchanged one is a duplicate.
 */
export class CallLogPoller {
  private readonly overlapMs: number;
  private readonly maxCallDurationMs: number;
  private readonly initialLookbackMs: number;
  private readonly logger: Logger;
  /** How long the per-row and per-recording CheckpointStore entries are kept. */
  private readonly mainTtlMs: number;
  private readonly aliasTtlMs: number;

  constructor(private readonly options: CallLogPollerOptions) {
    this.overlapMs = options.overlapMs ?? 120_000;
    this.maxCallDurationMs = options.maxCallDurationMs ?? DEFAULT_MAX_CALL_DURATION_MS;
    this.initialLookbackMs = options.initialLookbackMs ?? 86_400_000;
    this.logger = options.logger ?? silentLogger;
    this.mainTtlMs = callLogMainTtlMs({
      lookBackMs: this.overlapMs + this.maxCallDurationMs,
      initialLookbackMs: this.initialLookbackMs,
    });
    this.aliasTtlMs = recordingAliasTtlMs(this.mainTtlMs);
  }

  /** Polls from the checkpoint to now, then moves the checkpoint (only after every page is in). */
  async poll(): Promise<PollResult> {
    const checkpoint = await this.options.checkpoints.get<CallLogCheckpoint>(this.options.checkpointKey);
    const now = this.options.clock.now();
    const lookBack = this.overlapMs + this.maxCallDurationMs;
    const from = checkpoint ? Date.parse(checkpoint.dateTo) - lookBack : now - this.initialLookbackMs;
    const seen = new Map((checkpoint?.seen ?? []).map((s) => [s.id, s]));
    const result = await this.pass(from, now, seen, this.ttls(0));
    // what the next poll will read again: remember it, so it is skipped rather than re-ingested
    const windowStart = now - lookBack;
    await this.options.checkpoints.set<CallLogCheckpoint>(this.options.checkpointKey, {
      dateTo: new Date(now).toISOString(),
      seen: result.read.filter((r) => Date.parse(r.startTime) >= windowStart),
    });
    return result.summary;
  }

  /**
   * The daily fallback: re-reads the last `hours` (default 24) and ingests everything again.
   * Idempotent: deliveries already stored are duplicates and merges change nothing. The per-row
   * and per-recording entries of the rows it reads are kept at least a day longer than `hours`.
   */
  async reconcile(hours = 24): Promise<PollResult> {
    const now = this.options.clock.now();
    const lookBackMs = hours * 3_600_000;
    return (await this.pass(now - lookBackMs, now, new Map(), this.ttls(lookBackMs))).summary;
  }

  /** The `ttlMs` of the entries a pass reaching `lookBackMs` back sets: a day more than that at least. */
  private ttls(lookBackMs: number): { main: number; alias: number } {
    const atLeast = lookBackMs + 86_400_000;
    return { main: Math.max(this.mainTtlMs, atLeast), alias: Math.max(this.aliasTtlMs, atLeast) };
  }

  private async pass(
    from: number,
    to: number,
    seen: Map<string, SeenRecord>,
    ttls: { main: number; alias: number },
  ) {
    const dateFrom = new Date(from).toISOString();
    const dateTo = new Date(to).toISOString();
    const read: SeenRecord[] = [];
    let skipped = 0;
    let events = 0;
    const reader = new CallLogPages(this.options.client, this.logger, { dateFrom, dateTo });
    const first = {
      url: CALL_LOG_PATH,
      query: {
        type: 'Voice',
        recordingType: 'All',
        // Detailed: the legs, which may carry recordings the record has not.
        view: 'Detailed',
        perPage: 1000,
        dateFrom,
        dateTo,
      },
    };
    await reader.readAll(first, async (page) => {
      for (const raw of page.records) {
        const parsed = CallLogRecordSchema.safeParse(raw);
        if (!parsed.success) {
          this.logger.warn('ringcentral: call-log record with an unexpected shape skipped');
          continue;
        }
        const record: CallLogRecord = parsed.data;
        // A call still going on is read again by the next poll, until its final row comes.
        if (!isInProgress(record)) {
          const modified = record.lastModifiedTime ?? null;
          read.push({
            id: record.id,
            startTime: record.startTime,
            ...(modified ? { lastModifiedTime: modified } : {}),
          });
        }
        // A row modified since (a recording added on a leg) is ingested again, as new deliveries.
        if (unchanged(seen, record)) {
          skipped += 1;
          continue;
        }
        const { checkpoints, tenantId } = this.options;
        // the recording an earlier read keyed the call on stays its key when recordings are added
        const before = await rememberedMainOf(checkpoints, tenantId, record);
        const recordEvents = normalizeCallLogRecord(record, tenantId, { mainRecordingId: before });
        // before the events: insights of the call's other recordings that come meanwhile join it
        await rememberOtherRecordings(checkpoints, tenantId, recordEvents, ttls.alias);
        if (!isInProgress(record)) await rememberMain(checkpoints, tenantId, record, recordEvents, ttls.main);
        for (const event of recordEvents) {
          await this.options.ingest(event);
          events += 1;
        }
        const first = recordEvents[0];
        if (first && this.options.onCallRead) {
          const others = (first.extra?.otherRecordings as OtherRecording[] | undefined) ?? [];
          await this.options.onCallRead([first.sourceRecordId, ...others.map((o) => o.id)]);
        }
      }
    });
    const { pages, unreadPages } = reader;
    const summary: PollResult = {
      dateFrom,
      dateTo,
      pages,
      records: read.length,
      skipped,
      events,
      unreadPages,
    };
    this.logger.info('ringcentral: call log read', { ...summary });
    return { summary, read };
  }
}
