import { describe, expect, it, vi } from 'vitest';
import { testBridge } from '../ingest/harness.test-util.js';
import { InteractionSchema } from '../model/interaction.js';
import { aiProcessHandler } from './ai.js';
import { data, fakeAi, job, record, withStoredAudio } from './ai.test-util.js';
import { AI_ATTEMPTS, AI_PROCESS_JOB } from './jobs.js';

// The AI pipeline against ports that misbehave: secrets in their errors, malformed output,
// calls that hang, a bridge closing mid-call.

describe('callbridge.ai.process with misbehaving ports', () => {
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

  it('logs no phone number its error text quotes in full', async () => {
    const ai = fakeAi();
    ai.summarizer.summarize = async () => {
      throw new Error('summary refused: the transcript asks to call back +33 6 12 34 56 78');
    };
    const lines: string[] = [];
    const log = (msg: string, fields?: unknown) => void lines.push(JSON.stringify({ msg, fields }));
    const logger = { debug: log, info: log, warn: log, error: log };
    const { bridge } = await withStoredAudio({ ai, background: false, logger });
    await aiProcessHandler(bridge.runtime)(job(AI_ATTEMPTS));
    const failed = lines.find((line) => line.includes('AI step failed'));
    expect(failed).toContain('call back +33*******78');
    expect(lines.join('\n')).not.toContain('12 34 56');
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

  it('counts a try its queue aborted for another reason than close(): retried, and the last try completes', async () => {
    let started = 0;
    const transcriber = {
      async transcribe() {
        started += 1;
        return new Promise<never>(() => {}); // hangs until the queue aborts the job
      },
    };
    const { bridge } = await withStoredAudio({ ai: { transcriber }, background: false });
    const handler = aiProcessHandler(bridge.runtime);
    const aborted = (attempt: number, reason: unknown) => {
      const controller = new AbortController();
      const run = handler({ ...job(attempt), signal: controller.signal });
      const before = started;
      return vi
        .waitFor(() => expect(started).toBe(before + 1))
        .then(() => controller.abort(reason))
        .then(() => run);
    };
    // An earlier try: the step failed, the job throws for the queue to retry it.
    await expect(aborted(1, new Error('cancelled by the queue'))).rejects.toMatchObject({
      code: 'upstream_error',
    });
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'failed',
      lastError: expect.stringContaining('The job queue aborted the job while ai.transcriber ran'),
    });
    // The last try ends the pipeline as after any failed step: it never runs again.
    await aborted(AI_ATTEMPTS, new DOMException('The job took too long.', 'TimeoutError'));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      transcriptStatus: 'failed',
      lastError: expect.stringContaining('The job took too long.'),
      aiCompletedAt: expect.any(String),
    });
  });

  it('refuses an ai.stepTimeoutMs that is not a positive number when the bridge is created', async () => {
    await expect(testBridge({ ai: { ...fakeAi(), stepTimeoutMs: -1 } })).rejects.toMatchObject({
      code: 'configuration_error',
      message: expect.stringContaining('ai.stepTimeoutMs'),
    });
  });
});
