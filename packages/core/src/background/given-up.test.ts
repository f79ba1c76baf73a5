import { describe, expect, it } from 'vitest';
import { TENANT, testBridge } from '../ingest/harness.test-util.js';
import type { InteractionMetadata } from '../model/interaction.js';
import type { StreamEvent } from '../ports/events.js';
import type { EnqueueOptions, FailedJob, JobHandler, JobQueue, ProcessOptions } from '../ports/jobs.js';
import { AI_PROCESS_JOB, type InteractionJobData, jobIdFor, RECORDING_DOWNLOAD_JOB } from './jobs.js';

// A queue may give up on a job without its handler's last try (BullMQ fails a job that stalled
// more than maxStalledCount times, its instance killed while running it): the queue's
// onExhausted hook must then end the record's work as 'failed', as the last try does.

const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const STALLED = 'job stalled more than allowable limit';

/** A queue that runs nothing and keeps what `process` got, so a test gives a job up itself. */
class GivingUpQueue implements JobQueue {
  readonly registered = new Map<string, { handler: JobHandler<unknown>; options: ProcessOptions }>();
  readonly enqueued: Array<{ name: string; id: string | undefined }> = [];
  async enqueue(name: string, _data: unknown, options: EnqueueOptions = {}): Promise<void> {
    this.enqueued.push({ name, id: options.jobId });
  }
  process<T>(name: string, handler: JobHandler<T>, options: ProcessOptions = {}): void {
    this.registered.set(name, { handler: handler as JobHandler<unknown>, options });
  }
  async failed(): Promise<FailedJob[]> {
    return [];
  }
  async close(): Promise<void> {}
  /** Gives the job up for good, as BullMQ does with one that stalled too often. */
  async giveUp(name: string, id: string, error = STALLED): Promise<void> {
    const hook = this.registered.get(name)?.options.onExhausted;
    await hook?.({ id, name, data: structuredClone(data), attempts: 1, error });
  }
}

async function bridgeWith(metadata: InteractionMetadata, config: { ai?: boolean } = {}) {
  const jobs = new GivingUpQueue();
  const noop = async () => {
    throw new Error('not called');
  };
  const ai = config.ai
    ? {
        transcriber: { transcribe: noop },
        summarizer: { summarize: noop },
        sentiment: { analyze: noop },
        tasks: { extract: noop },
      }
    : undefined;
  const { bridge, events } = await testBridge({ stores: { jobs }, ...(ai ? { ai } : {}) });
  await bridge.runtime.interactions.upsert({
    ...data,
    eventType: 'CALL',
    occurredAt: '2026-02-17T10:30:00.000Z',
    contactId: null,
    caseId: null,
    metadata,
    insights: null,
    locale: 'en',
  });
  await bridge.start();
  const record = async () =>
    (await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1'))?.metadata;
  return { bridge, jobs, events, record };
}

const downloadId = (generation = 0) => jobIdFor(RECORDING_DOWNLOAD_JOB, data, generation);
const URL_1 = 'https://recordings.test/rec/call-1.mp3?token=s3cr3t';
const types = (events: StreamEvent[]) => events.map((event) => event.type);

describe('a background job the queue gave up on outside its handler', () => {
  it('marks a download that stalled for good failed, counts it and announces it', async () => {
    const { jobs, events, record } = await bridgeWith({
      recordingUrl: URL_1,
      recordingStatus: 'downloading',
    });
    await jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId());
    expect(await record()).toMatchObject({
      recordingStatus: 'failed',
      recordingFailures: 1,
      lastError: expect.stringContaining(STALLED),
    });
    expect(events.at(-1)).toMatchObject({
      type: 'call_event_updated',
      data: { metadata: { recordingStatus: 'failed' } },
    });
    // Told twice (it never is, but the hook stays idempotent): counted once.
    const before = events.length;
    await jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId());
    expect((await record())?.recordingFailures).toBe(1);
    expect(events).toHaveLength(before);
  });

  it('keeps the text of a URL out of lastError', async () => {
    const { jobs, record } = await bridgeWith({ recordingUrl: URL_1, recordingStatus: 'available' });
    await jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId(), `fetch ${URL_1} failed`);
    const meta = await record();
    expect(meta?.recordingStatus).toBe('failed');
    expect(String(meta?.lastError)).not.toContain('s3cr3t');
  });

  it('leaves alone a download its last try marked failed, a newer one, and a stored one', async () => {
    // The last try marked it failed (and counted it) before the queue gave up.
    const failed = await bridgeWith({ recordingUrl: URL_1, recordingStatus: 'failed', recordingFailures: 1 });
    await failed.jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId());
    expect(await failed.record()).toMatchObject({ recordingStatus: 'failed', recordingFailures: 1 });
    // A new recording event re-armed the download (the next generation) meanwhile.
    const rearmed = await bridgeWith({
      recordingUrl: URL_1,
      recordingStatus: 'available',
      recordingFailures: 1,
    });
    await rearmed.jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId());
    expect(await rearmed.record()).toMatchObject({ recordingStatus: 'available', recordingFailures: 1 });
    const stored = await bridgeWith({ recordingUrl: URL_1, recordingStatus: 'stored' });
    const before = stored.events.length;
    await stored.jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId());
    expect((await stored.record())?.recordingStatus).toBe('stored');
    expect(stored.events).toHaveLength(before);
  });

  it('enqueues the AI pipeline of a recording the given-up download had stored already', async () => {
    // Its instance died after storing the recording, before enqueueing the AI pipeline; BullMQ
    // then failed the job for good, so no rerun of the handler enqueues it.
    const { jobs, events, record } = await bridgeWith(
      { recordingUrl: URL_1, recordingStatus: 'stored', recordingBlobKey: 'k', transcriptStatus: 'pending' },
      { ai: true },
    );
    const before = events.length;
    jobs.enqueued.length = 0;
    await jobs.giveUp(RECORDING_DOWNLOAD_JOB, downloadId());
    expect(jobs.enqueued).toEqual([{ name: AI_PROCESS_JOB, id: jobIdFor(AI_PROCESS_JOB, data) }]);
    expect((await record())?.recordingStatus).toBe('stored');
    expect(events).toHaveLength(before);
  });

  it('fails the AI steps left unfinished, ends the pipeline and announces its results', async () => {
    const { jobs, events, record } = await bridgeWith(
      {
        recordingStatus: 'stored',
        transcript: 'hello there',
        transcriptStatus: 'completed',
        summaryStatus: 'processing',
        sentimentStatus: 'pending',
        tasksStatus: 'pending',
        aiAnnounced: false,
      },
      { ai: true },
    );
    await jobs.giveUp(AI_PROCESS_JOB, jobIdFor(AI_PROCESS_JOB, data));
    const meta = await record();
    expect(meta).toMatchObject({
      transcriptStatus: 'completed',
      summaryStatus: 'failed',
      sentimentStatus: 'failed',
      tasksStatus: 'failed',
      lastError: expect.stringContaining(STALLED),
      aiAnnounced: true,
    });
    expect(meta?.aiCompletedAt).toEqual(expect.any(String));
    expect(types(events).at(-1)).toBe('call_ai_completed');
    // Once ended, never again.
    const before = events.length;
    await jobs.giveUp(AI_PROCESS_JOB, jobIdFor(AI_PROCESS_JOB, data));
    expect(events).toHaveLength(before);
  });

  it('skips the AI steps a last try would skip (no transcript to work on)', async () => {
    const { jobs, events, record } = await bridgeWith(
      { recordingStatus: 'stored', transcriptStatus: 'processing', summaryStatus: 'pending' },
      { ai: true },
    );
    await jobs.giveUp(AI_PROCESS_JOB, jobIdFor(AI_PROCESS_JOB, data));
    expect(await record()).toMatchObject({
      transcriptStatus: 'failed',
      summaryStatus: 'skipped',
      sentimentStatus: 'skipped',
      tasksStatus: 'skipped',
      aiAnnounced: false,
    });
    expect(types(events).at(-1)).toBe('call_event_updated');
  });
});
