import { describe, expect, it } from 'vitest';
import { MemoryJobQueue } from '../memory/index.js';
import type { Interaction } from '../model/interaction.js';
import type { ProviderRuntime } from '../provider.js';
import { enqueueFollowUps } from './follow-ups.js';
import { AI_PROCESS_JOB, jobIdFor, RECORDING_DOWNLOAD_JOB, recordingBlobKey } from './jobs.js';

const summarizer = { summarize: async () => ({ summary: 's' }) };

function interaction(metadata: Interaction['metadata']): Interaction {
  return {
    id: 'i1',
    tenantId: 't:1',
    caseId: null,
    contactId: null,
    source: 'RINGOVER',
    sourceRecordId: '12345678901234567890',
    eventType: 'CALL',
    title: '',
    body: '',
    occurredAt: '2026-02-17T10:30:00.000Z',
    createdAt: '2026-02-17T10:30:00.000Z',
    updatedAt: '2026-02-17T10:30:00.000Z',
    metadata,
    insights: null,
    version: 1,
  };
}

/** A queue whose processed jobs are counted per name. */
function countingRuntime() {
  const jobs = new MemoryJobQueue();
  const runs: string[] = [];
  return { runtime: { jobs } as unknown as ProviderRuntime, jobs, runs };
}

describe('enqueueFollowUps', () => {
  it('enqueues each job once per record, however often it is asked', async () => {
    const { runtime, jobs, runs } = countingRuntime();
    const stored = interaction({ recordingStatus: 'stored', recordingUrl: 'https://r.test/a' });
    const available = interaction({ recordingStatus: 'available', recordingUrl: 'https://r.test/a' });
    const settings = { enabled: true, ai: { summarizer } };
    for (let i = 0; i < 3; i++) {
      expect(await enqueueFollowUps(runtime, available, settings)).toEqual([RECORDING_DOWNLOAD_JOB]);
      expect(await enqueueFollowUps(runtime, stored, settings)).toEqual([AI_PROCESS_JOB]);
    }
    jobs.process(RECORDING_DOWNLOAD_JOB, async (job) => void runs.push(job.id));
    jobs.process(AI_PROCESS_JOB, async (job) => void runs.push(job.id));
    await jobs.close();
    expect(runs.sort()).toEqual(
      [
        jobIdFor(AI_PROCESS_JOB, {
          tenantId: 't:1',
          source: 'RINGOVER',
          sourceRecordId: '12345678901234567890',
        }),
        jobIdFor(RECORDING_DOWNLOAD_JOB, {
          tenantId: 't:1',
          source: 'RINGOVER',
          sourceRecordId: '12345678901234567890',
        }),
      ].sort(),
    );
    for (const id of runs) expect(id).not.toContain(':');
  });

  it('gives the download after one that failed for good a new job id, and repeats of it the same', async () => {
    const { runtime, jobs, runs } = countingRuntime();
    const settings = { enabled: true, ai: undefined };
    const rearmed = interaction({
      recordingStatus: 'available',
      recordingUrl: 'https://r.test/a',
      recordingFailures: 2,
    });
    await enqueueFollowUps(runtime, rearmed, settings);
    await enqueueFollowUps(runtime, rearmed, settings);
    jobs.process(RECORDING_DOWNLOAD_JOB, async (job) => void runs.push(job.id));
    await jobs.close();
    const data = { tenantId: 't:1', source: 'RINGOVER' as const, sourceRecordId: '12345678901234567890' };
    expect(runs).toEqual([jobIdFor(RECORDING_DOWNLOAD_JOB, data, 2)]);
    expect(runs[0]).not.toBe(jobIdFor(RECORDING_DOWNLOAD_JOB, data));
    expect(runs[0]).not.toContain(':');
  });

  it('enqueues nothing without a recording URL, once a transcript exists, without AI ports, or when disabled', async () => {
    const { runtime } = countingRuntime();
    const ai = { summarizer };
    expect(
      await enqueueFollowUps(runtime, interaction({ recordingStatus: 'none' }), { enabled: true, ai }),
    ).toEqual([]);
    const transcribed = interaction({ recordingStatus: 'stored', recordingUrl: 'u', transcript: 'hi' });
    expect(await enqueueFollowUps(runtime, transcribed, { enabled: true, ai })).toEqual([]);
    const stored = interaction({ recordingStatus: 'stored', recordingUrl: 'u' });
    expect(await enqueueFollowUps(runtime, stored, { enabled: true, ai: {} })).toEqual([]);
    const finished = interaction({
      recordingStatus: 'stored',
      recordingUrl: 'u',
      aiCompletedAt: '2026-02-17',
    });
    expect(await enqueueFollowUps(runtime, finished, { enabled: true, ai })).toEqual([]);
    const available = interaction({ recordingStatus: 'available', recordingUrl: 'u' });
    expect(await enqueueFollowUps(runtime, available, { enabled: false, ai })).toEqual([]);
    const failed = interaction({ recordingStatus: 'failed', recordingUrl: 'u' });
    expect(await enqueueFollowUps(runtime, failed, { enabled: true, ai })).toEqual([]);
  });
});

describe('recordingBlobKey', () => {
  it('is tenant/source/id, and an id can never climb out of its folder', () => {
    expect(recordingBlobKey({ tenantId: 't1', source: 'RINGOVER', sourceRecordId: '42' })).toBe(
      't1/RINGOVER/42',
    );
    expect(recordingBlobKey({ tenantId: '..', source: 'RINGOVER', sourceRecordId: 'a/../b' })).toBe(
      '%2E%2E/RINGOVER/a%2F..%2Fb',
    );
  });
});
