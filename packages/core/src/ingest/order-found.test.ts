import { describe, expect, it } from 'vitest';
import { MemoryInteractionStore } from '../memory/index.js';
import type { CallEventInput } from '../model/call-event.js';
import type { Interaction } from '../model/interaction.js';
import { permutations } from '../model/merge.test-util.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// Invariant 3: the smallest event sets the random property test (test/merge-fuzz.test.ts) found
// giving a record that depends on arrival order, each checked in every order.

const at = (second: number) => new Date(Date.UTC(2026, 1, 17, 10, 30, second)).toISOString();
const URL_1 = 'https://rec.example.com/1.mp3';
const URL_2 = 'https://rec.example.com/2.mp3';

async function recordAfter(events: Array<Partial<CallEventInput>>): Promise<Interaction> {
  const interactions = new MemoryInteractionStore();
  const { bridge } = await testBridge({ stores: { interactions }, background: false });
  for (const event of events) await bridge.ingest(callEvent(event));
  const stored = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
  if (!stored) throw new Error('nothing stored');
  return { ...stored, id: '', createdAt: '', updatedAt: '', version: 0 };
}

/** The record every order of `events` stores (the test fails when two orders differ). */
async function converged(events: Array<Partial<CallEventInput>>): Promise<Interaction> {
  const reference = await recordAfter(events);
  for (const order of permutations(events)) expect(await recordAfter(order)).toEqual(reference);
  return reference;
}

describe('invariant 3: cases found at random', () => {
  it('a recording link from an earlier moment of the call keeps its own requiresAuth', async () => {
    // The call recording, then 'missed' (an earlier moment: answered ranks below missed).
    const record = await converged([
      { kind: 'missed', occurredAt: at(60) },
      { kind: 'recording_available', occurredAt: at(0), recording: { url: URL_1, requiresAuth: true } },
    ]);
    expect(record.metadata).toMatchObject({ recordingUrl: URL_1, recordingRequiresAuth: true });
  });

  it('the newer link wins even when its event is from an earlier moment of the call', async () => {
    const record = await converged([
      { kind: 'recording_available', occurredAt: at(60), recording: { url: URL_1 } },
      { kind: 'voicemail', occurredAt: at(5), recording: { url: URL_2, type: 'voicemail', id: 'r2' } },
    ]);
    expect(record.metadata).toMatchObject({ recordingUrl: URL_1, recordingAt: at(60), voicemailUrl: URL_2 });
    // The id was the other link's: it does not stay on this one.
    expect(record.metadata.recordingId ?? null).toBeNull();
  });

  it('the id and duration of a recording follow its link, not the last event to arrive', async () => {
    const record = await converged([
      { kind: 'ended', occurredAt: at(60), recording: { url: URL_2, durationSeconds: 41 } },
      {
        kind: 'voicemail',
        occurredAt: at(5),
        recording: { url: URL_2, type: 'voicemail', durationSeconds: 40 },
      },
    ]);
    expect(record.metadata).toMatchObject({ recordingAt: at(60), recordingDurationSeconds: 41 });
  });

  it('lastEventAt is the newest event time, not the start of the first event to arrive', async () => {
    const record = await converged([
      { kind: 'insights', occurredAt: at(5), startedAt: at(60), insights: {} },
      { kind: 'ended', occurredAt: at(5) },
    ]);
    expect(record.metadata.lastEventAt).toBe(at(5));
  });

  it('insights without a modification time: the newer event wins, in any order', async () => {
    const record = await converged([
      { kind: 'summary_available', occurredAt: at(60), insights: { summary: 'Wants a quote.' } },
      { kind: 'summary_available', occurredAt: at(5), insights: { summary: 'Asked for a call back.' } },
    ]);
    expect(record.metadata.aiSummary).toBe('Wants a quote.');
    expect(record.insights?.summary).toBe('Wants a quote.');
  });

  it('insights with and without a modification time converge', async () => {
    await converged([
      {
        kind: 'insights',
        occurredAt: at(60),
        insights: { transcriptText: 'Hello.', summary: 'Wants a quote.' },
      },
      {
        kind: 'insights',
        occurredAt: at(5),
        insights: { summary: 'Asked for a call back.', modifiedAt: '2026-02-17T12:00:00.000Z' },
      },
    ]);
  });

  it('insights of equal times: the same winner in any order', async () => {
    await converged([
      { kind: 'summary_available', occurredAt: at(5), insights: { summary: 'Wants a quote.' } },
      { kind: 'summary_available', occurredAt: at(5), insights: { summary: 'Asked for a call back.' } },
    ]);
  });

  // The record keeps what a losing event said (agentsSeen, tagsSeen), so a value filled in from
  // it does not depend on whether it arrived while its agent (or tag list) was the stored one.
  it('a ring group, then the hangup naming the agent by id and email only', async () => {
    await converged([
      { kind: 'ringing', occurredAt: at(0), agent: { id: 'a1', name: 'Ann' } },
      { kind: 'ringing', occurredAt: at(1), agent: { id: 'a2', name: 'Bob' } },
      { kind: 'ended', occurredAt: at(60), agent: { id: 'a1', email: 'ann@example.com' } },
    ]);
  });

  it('tags added by a call-log row and a whole tag list', async () => {
    await converged([
      { kind: 'note', occurredAt: at(30), tags: [], tagsComplete: true },
      { kind: 'ended', occurredAt: at(60), tags: ['vip'] },
    ]);
  });

  it('added tags are ordered by time, not by arrival', async () => {
    await converged([
      { kind: 'note', occurredAt: at(5), tags: ['quote'] },
      { kind: 'ended', occurredAt: at(30), tags: ['vip'] },
    ]);
  });
});
