import { describe, expect, it, vi } from 'vitest';
import type { CallBridgeConfig } from '../config.js';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import { InteractionSchema } from '../model/interaction.js';
import type { AiPorts } from '../ports/ai.js';
import type { Job } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { aiProcessHandler } from './ai.js';
import { AI_ATTEMPTS, AI_PROCESS_JOB, type InteractionJobData } from './jobs.js';

const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const job = (attempt: number): Job<InteractionJobData> => ({ id: 'j', name: AI_PROCESS_JOB, data, attempt });
const record = (runtime: BridgeRuntime) => runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');

/** Fake AI ports: the transcriber reads the audio stream as text. */
function fakeAi(): Required<Omit<AiPorts, 'stepTimeoutMs'>> & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    transcriber: {
      async transcribe({ audio, contentType }) {
        calls.push(`transcribe:${contentType}`);
        const text = await new Response(audio).text();
        return { text, segments: [{ speaker: 'agent', start: 0, end: 2.5, text }] };
      },
    },
    summarizer: {
      async summarize({ transcript }) {
        calls.push('summarize');
        return { summary: `Summary of: ${transcript}`, nextSteps: ['Send the quote'] };
      },
    },
    sentiment: {
      async analyze() {
        calls.push('sentiment');
        return { score: 0.7, label: 'positive' };
      },
    },
    tasks: {
      async extract() {
        calls.push('tasks');
        return [{ title: 'Send the quote', assignee: 'agent-7' }];
      },
    },
  };
}

/** A bridge whose call-1 has its audio stored (the download already happened). */
async function withStoredAudio(overrides: Partial<CallBridgeConfig>) {
  const harness = await testBridge(overrides);
  const { runtime } = harness.bridge;
  await runtime.blobs.put('tenant-1/RINGOVER/call-1', new TextEncoder().encode('hello there'), {
    contentType: 'audio/mpeg',
  });
  await harness.bridge.ingest(callEvent({ kind: 'ended', recording: { url: 'https://r.test/1.mp3' } }));
  await runtime.interactions.upsert({
    ...data,
    eventType: 'CALL',
    occurredAt: '2026-02-17T10:30:00.000Z',
    contactId: null,
    caseId: null,
    metadata: { recordingStatus: 'stored', recordingBlobKey: 'tenant-1/RINGOVER/call-1' },
    insights: null,
    locale: 'en',
  });
  return harness;
}

type Meta = Record<string, unknown>;
const statusTrail = (events: Array<{ data: unknown }>, key: string) =>
  events
    .map((e) => ((e.data as { metadata: Meta }).metadata[key] as string | undefined) ?? null)
    .filter((status, i, all) => status !== all[i - 1]);

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
    const { bridge, events } = await withStoredAudio({ ai, background: false });
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

  it("never stores or logs a provider's secret quoted in its error text", async () => {
    const ai = fakeAi();
    ai.summarizer.summarize = async () => {
      throw new Error('OpenAI 401: Incorrect API key provided: sk-proj-ABCDEF123456');
    };
    const lines: string[] = [];
    const log = (msg: string, fields?: unknown) => void lines.push(JSON.stringify({ msg, fields }));
    const logger = { debug: log, info: log, warn: log, error: log };
    const { bridge } = await withStoredAudio({ ai, background: false, logger });
    await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
    const m = (await record(bridge.runtime))?.metadata;
    expect(m?.lastError).toContain('summaryStatus: OpenAI 401: Incorrect API key provided: [redacted]');
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify([m?.lastError, lines])).not.toContain('ABCDEF123456');
  });

  it('stores no malformed AI output: the step fails naming the port and the field, never the value', async () => {
    const ai = fakeAi();
    const bad = <T>(value: unknown) => value as T;
    ai.summarizer.summarize = async () => bad({ summary: 42 });
    ai.sentiment.analyze = async () => bad({ score: 7, label: 'ecstatic-secret-value' });
    ai.tasks.extract = async () => bad('do stuff');
    const { bridge } = await withStoredAudio({ ai, background: false });
    const errors: string[] = [];
    const write = bridge.runtime.interactions.upsert.bind(bridge.runtime.interactions);
    vi.spyOn(bridge.runtime.interactions, 'upsert').mockImplementation(async (upsert) => {
      if (typeof upsert.metadata.lastError === 'string') errors.push(upsert.metadata.lastError);
      return write(upsert);
    });
    await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
    const done = await record(bridge.runtime);
    expect(done?.metadata).toMatchObject({
      transcriptStatus: 'completed',
      summaryStatus: 'failed',
      sentimentStatus: 'failed',
      tasksStatus: 'failed',
      aiSummary: null,
      sentimentScore: null,
      sentimentLabel: null,
      extractedTasks: [],
    });
    expect(InteractionSchema.safeParse(done).success).toBe(true);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      /^summaryStatus: ai\.summarizer returned an invalid result \(summary: .*expected string/,
    );
    expect(errors[1]).toMatch(
      /^sentimentStatus: ai\.sentiment returned an invalid result \(score: .*label: /,
    );
    expect(errors[2]).toMatch(
      /^tasksStatus: ai\.tasks returned an invalid result \(the result: .*expected array/,
    );
    expect(errors.join(' ')).not.toMatch(/42|ecstatic|do stuff/);
  });

  it('names the class of a port that returns nothing', async () => {
    class BrokenTranscriber {
      async transcribe() {
        return undefined as never;
      }
    }
    const { bridge } = await withStoredAudio({
      ai: { transcriber: new BrokenTranscriber() },
      background: false,
    });
    await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'failed',
      lastError: expect.stringMatching(
        /^transcriptStatus: ai\.transcriber \(BrokenTranscriber\) returned an invalid result/,
      ),
    });
  });

  it('gives every port a signal, and fails a step whose port hangs once ai.stepTimeoutMs passed', async () => {
    const ai = fakeAi();
    const signals: Array<AbortSignal | undefined> = [];
    const transcribe = ai.transcriber.transcribe;
    ai.transcriber.transcribe = async (input) => {
      signals.push(input.signal);
      return transcribe(input);
    };
    ai.summarizer.summarize = async (input) => {
      signals.push(input.signal);
      return new Promise(() => {}); // hangs and ignores its signal
    };
    ai.sentiment.analyze = async (input) => {
      signals.push(input.signal);
      return { score: 0, label: 'neutral' };
    };
    ai.tasks.extract = async (input) => {
      signals.push(input.signal);
      return [];
    };
    const { bridge } = await withStoredAudio({ ai: { ...ai, stepTimeoutMs: 50 }, background: false });
    const start = Date.now();
    await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(signals).toHaveLength(4);
    for (const signal of signals) expect(signal).toBeInstanceOf(AbortSignal);
    expect(signals[1]?.aborted).toBe(true);
    expect(signals[2]?.aborted).toBe(false);
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'completed',
      summaryStatus: 'failed',
      sentimentStatus: 'completed',
      tasksStatus: 'completed',
      lastError: expect.stringMatching(
        /^summaryStatus: ai\.summarizer did not answer within 50 ms; .*stepTimeoutMs/,
      ),
    });
  });

  it('bridge.close() aborts a hung AI call and returns promptly; the step is failed as interrupted', async () => {
    let signal: AbortSignal | undefined;
    let started = false;
    const transcriber = {
      async transcribe(input: { signal?: AbortSignal }) {
        signal = input.signal;
        started = true;
        return new Promise<never>(() => {}); // ignores its signal
      },
    };
    const { bridge } = await withStoredAudio({ ai: { transcriber } });
    await bridge.start();
    await bridge.runtime.jobs.enqueue(AI_PROCESS_JOB, data);
    await vi.waitFor(() => expect(started).toBe(true));
    const start = Date.now();
    await bridge.close();
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(signal?.aborted).toBe(true);
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'failed',
      lastError: expect.stringContaining('The bridge closed while ai.transcriber ran'),
    });
    expect((await record(bridge.runtime))?.metadata.aiCompletedAt ?? null).toBeNull();
  });

  it('refuses an ai.stepTimeoutMs that is not a positive number when the bridge is created', async () => {
    await expect(testBridge({ ai: { ...fakeAi(), stepTimeoutMs: -1 } })).rejects.toMatchObject({
      code: 'configuration_error',
      message: expect.stringContaining('ai.stepTimeoutMs'),
    });
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
});
