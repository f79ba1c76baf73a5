import { describe, expect, it, vi } from 'vitest';
import { publicInteraction } from '../http/public-interaction.js';
import { callEvent, testBridge } from '../ingest/harness.test-util.js';
import { aiProcessHandler } from './ai.js';
import { data, fakeAi, job, record, statusTrail, withStoredAudio } from './ai.test-util.js';
import { AI_ATTEMPTS } from './jobs.js';

describe('callbridge.ai.process', () => {
  it('never moves a contact link made while the job ran', async () => {
    const ai = fakeAi();
    const { bridge } = await withStoredAudio({ ai, background: false });
    const link = (contactId: string, caseId: string) =>
      bridge.runtime.interactions.upsert({
        ...data,
        eventType: 'CALL',
        occurredAt: '2026-02-17T10:30:00.000Z',
        contactId,
        caseId,
        metadata: {},
        insights: null,
        locale: 'en',
      });
    await link('c-early', 'case-early');
    const summarize = ai.summarizer.summarize;
    ai.summarizer.summarize = async (input) => {
      await link('c-late', 'case-late'); // a later event re-links the call while the job runs
      return summarize(input);
    };
    await aiProcessHandler(bridge.runtime)(job(1));
    expect(await record(bridge.runtime)).toMatchObject({ contactId: 'c-late', caseId: 'case-late' });
  });

  it('runs transcribe → summarize → sentiment → tasks with statuses and ends with call_ai_completed', async () => {
    const ai = fakeAi();
    const { bridge, events } = await withStoredAudio({ ai }); // not started: the job runs by hand
    await aiProcessHandler(bridge.runtime)(job(1));
    const done = await record(bridge.runtime);
    expect(done?.metadata).toMatchObject({
      transcriptStatus: 'completed',
      transcript: 'hello there',
      summaryStatus: 'completed',
      aiSummary: 'Summary of: hello there',
      sentimentStatus: 'completed',
      sentimentScore: 0.7,
      sentimentLabel: 'positive',
      tasksStatus: 'completed',
      tasksGenerated: true,
      extractedTasks: [{ title: 'Send the quote', assignee: 'agent-7' }],
    });
    expect(done?.insights).toMatchObject({
      transcript: [{ speaker: 'agent', text: 'hello there' }],
      summary: 'Summary of: hello there',
      nextSteps: ['Send the quote'],
      sentiment: { score: 0.7, label: 'positive' },
      origin: 'callbridge-ai',
    });
    expect(ai.calls).toEqual(['transcribe:audio/mpeg', 'summarize', 'sentiment', 'tasks']);
    expect(statusTrail(events, 'transcriptStatus')).toEqual(['pending', 'processing', 'completed']);
    expect(statusTrail(events, 'tasksStatus')).toEqual([null, 'processing', 'completed']);
    expect(events.at(-1)?.type).toBe('call_ai_completed');
    expect(events.filter((e) => e.type === 'call_ai_completed')).toHaveLength(1);
    // A second delivery of the job (queue redelivery) does nothing.
    const announced = events.length;
    await aiProcessHandler(bridge.runtime)(job(1));
    expect(ai.calls).toHaveLength(4);
    expect(events).toHaveLength(announced);
  });

  it('marks the steps whose port is missing as skipped', async () => {
    const { transcriber, summarizer } = fakeAi();
    const { bridge, events } = await withStoredAudio({ ai: { transcriber, summarizer }, background: false });
    await aiProcessHandler(bridge.runtime)(job(1));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'completed',
      summaryStatus: 'completed',
      sentimentStatus: 'skipped',
      tasksStatus: 'skipped',
    });
    expect(events.at(-1)?.type).toBe('call_ai_completed');
  });

  it('reuses a transcript the provider sent instead of transcribing', async () => {
    const ai = fakeAi();
    const { bridge } = await withStoredAudio({ ai, background: false });
    await bridge.ingest(
      callEvent({ kind: 'transcript_available', insights: { transcriptText: 'from RingSense' } }),
    );
    await aiProcessHandler(bridge.runtime)(job(1));
    expect(ai.calls).toEqual(['summarize', 'sentiment', 'tasks']);
    expect((await record(bridge.runtime))?.metadata.aiSummary).toBe('Summary of: from RingSense');
  });

  it('a failed step fails the try; the retry redoes only what did not complete', async () => {
    const ai = fakeAi();
    const summarize = ai.summarizer.summarize;
    let fail = true;
    ai.summarizer.summarize = async (input) => {
      if (fail) throw new Error('model overloaded');
      return summarize(input);
    };
    const { bridge, events } = await withStoredAudio({ ai, background: false });
    const handler = aiProcessHandler(bridge.runtime);
    await expect(handler(job(1))).rejects.toMatchObject({ code: 'upstream_error' });
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'completed',
      summaryStatus: 'failed',
      lastError: 'summaryStatus: model overloaded',
    });
    expect(events.some((e) => e.type === 'call_ai_completed')).toBe(false);
    fail = false;
    ai.calls.length = 0;
    await handler(job(2));
    expect(ai.calls).toEqual(['summarize']);
    expect((await record(bridge.runtime))?.metadata.summaryStatus).toBe('completed');
    expect(events.at(-1)?.type).toBe('call_ai_completed');
  });

  it('announces call_ai_completed once per call: not again after the provider announced its insights', async () => {
    const ai = fakeAi();
    const { bridge, events } = await withStoredAudio({
      ai: { transcriber: ai.transcriber, summarizer: ai.summarizer },
      background: false,
    });
    await bridge.ingest(callEvent({ kind: 'summary_available', insights: { summary: 'provider summary' } }));
    expect(events.filter((e) => e.type === 'call_ai_completed')).toHaveLength(1);
    await aiProcessHandler(bridge.runtime)(job(1));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'completed',
      aiSummary: 'provider summary',
      aiAnnounced: true,
    });
    expect(events.filter((e) => e.type === 'call_ai_completed')).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('call_event_updated');
  });

  it('announces no call_ai_completed when every step failed or was skipped', async () => {
    const { summarizer } = fakeAi();
    const broken = { transcribe: async () => undefined as never };
    for (const ai of [{ summarizer }, { transcriber: broken, summarizer }]) {
      const { bridge, events } = await withStoredAudio({ ai, background: false });
      await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
      const m = (await record(bridge.runtime))?.metadata;
      expect(m?.aiCompletedAt).toBeTruthy();
      expect(m?.summaryStatus).toBe('skipped');
      expect(events.some((e) => e.type === 'call_ai_completed')).toBe(false);
      expect(events.at(-1)?.type).toBe('call_event_updated');
    }
  });

  it('takes an empty transcript for no transcript: failed at once, never summarized', async () => {
    const ai = fakeAi();
    ai.transcriber.transcribe = async () => ({ text: '  ', segments: [] });
    const { bridge, events } = await withStoredAudio({ ai, background: false });
    await aiProcessHandler(bridge.runtime)(job(1)); // no retry: another try hears the same silence
    const m = (await record(bridge.runtime))?.metadata;
    expect(m).toMatchObject({
      transcriptStatus: 'failed',
      summaryStatus: 'skipped',
      sentimentStatus: 'skipped',
      tasksStatus: 'skipped',
      lastError: expect.stringContaining('ai.transcriber returned an empty transcript'),
    });
    expect(m?.transcript ?? null).toBeNull();
    expect(ai.calls).toEqual([]);
    expect(events.some((e) => e.type === 'call_ai_completed')).toBe(false);
  });

  it('ends with call_ai_completed on the last try even when a step failed', async () => {
    const ai = fakeAi();
    ai.sentiment.analyze = async () => {
      throw new Error('down');
    };
    const { bridge, events } = await withStoredAudio({ ai, background: false });
    await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      sentimentStatus: 'failed',
      tasksStatus: 'completed',
    });
    expect(events.at(-1)?.type).toBe('call_ai_completed');
  });

  it('runs once per call after the download, however many events arrive', async () => {
    const ai = fakeAi();
    const transcribe = vi.spyOn(ai.transcriber, 'transcribe');
    const { bridge } = await testBridge({ ai });
    await bridge.runtime.blobs.put('tenant-1/RINGOVER/call-1', new TextEncoder().encode('hi'));
    await bridge.start();
    await Promise.all([
      bridge.ingest(callEvent({ kind: 'recording_available', recording: { url: 'https://r.test/1.mp3' } })),
      bridge.ingest(callEvent({ kind: 'ended', recording: { url: 'https://r.test/1.mp3' } })),
    ]);
    await vi.waitFor(async () => expect((await record(bridge.runtime))?.metadata.aiCompletedAt).toBeTruthy());
    await bridge.ingest(callEvent({ kind: 'ended', durationSeconds: 3 }));
    await bridge.runtime.jobs.close();
    expect(transcribe).toHaveBeenCalledTimes(1);
    expect((await record(bridge.runtime))?.metadata.transcript).toBe('hi');
  });

  it("serves a missed call's statuses skipped until its voicemail comes, then runs and moves them on", async () => {
    const ai = fakeAi();
    const { bridge } = await testBridge({ ai });
    await bridge.runtime.blobs.put('tenant-1/RINGOVER/call-1', new TextEncoder().encode('call me back'));
    await bridge.start();
    const served = async () => {
      const stored = await record(bridge.runtime);
      if (!stored) throw new Error('not stored');
      const m = publicInteraction(stored).metadata;
      return { transcriptStatus: m.transcriptStatus, summaryStatus: m.summaryStatus };
    };
    await bridge.ingest(callEvent({ kind: 'missed', occurredAt: '2026-02-17T10:30:30.000Z' }));
    expect(await served()).toEqual({ transcriptStatus: 'skipped', summaryStatus: 'skipped' });
    await bridge.ingest(
      callEvent({
        kind: 'voicemail',
        occurredAt: '2026-02-17T10:31:00.000Z',
        recording: { url: 'https://r.test/vm.mp3', type: 'voicemail' },
      }),
    );
    await vi.waitFor(async () => expect((await record(bridge.runtime))?.metadata.aiCompletedAt).toBeTruthy());
    expect(await served()).toEqual({ transcriptStatus: 'completed', summaryStatus: 'completed' });
    expect((await record(bridge.runtime))?.metadata.transcript).toBe('call me back');
    await bridge.close();
  });
});
