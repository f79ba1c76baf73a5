import type { CallBridgeConfig } from '../config.js';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import type { AiPorts } from '../ports/ai.js';
import type { Job } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { AI_PROCESS_JOB, type InteractionJobData } from './jobs.js';

// Shared by the AI pipeline tests: fake ports, a bridge whose call has stored audio, helpers.

export const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
export const job = (attempt: number): Job<InteractionJobData> => ({
  id: 'j',
  name: AI_PROCESS_JOB,
  data,
  attempt,
});
export const record = (runtime: BridgeRuntime) =>
  runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');

/** Fake AI ports: the transcriber reads the audio stream as text. */
export function fakeAi(): Required<Omit<AiPorts, 'stepTimeoutMs'>> & { calls: string[] } {
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
export async function withStoredAudio(overrides: Partial<CallBridgeConfig>) {
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

export type Meta = Record<string, unknown>;
export const statusTrail = (events: Array<{ data: unknown }>, key: string) =>
  events
    .map((e) => ((e.data as { metadata: Meta }).metadata[key] as string | undefined) ?? null)
    .filter((status, i, all) => status !== all[i - 1]);
