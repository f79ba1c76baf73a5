import { describe, expect, it } from 'vitest';
import { fakeAi } from '../background/ai.test-util.js';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import type { CallEventInput } from '../model/call-event.js';
import type { Interaction } from '../model/interaction.js';
import { DEFAULT_RECORDING_GRACE_MS, servedWorkStatuses } from '../model/work-status.js';
import { publicInteraction } from './public-interaction.js';
import { SseReader } from './testing/sse-reader.js';

// On a bridge that runs AI work, the AI statuses of a record the work will never reach are served
// 'skipped' rather than 'pending' for ever: an SMS (the AI work runs on a call's audio, and an SMS
// has none), and a call that ended with no recording, voicemail or transcript once
// `DEFAULT_RECORDING_GRACE_MS` has passed since it ended (providers send recordings minutes
// after the hangup, a reconciliation within hours). The store keeps 'pending': audio that comes
// later is processed, and its statuses read 'pending' again.

const AI_STATUSES = ['transcriptStatus', 'summaryStatus'] as const;
const statuses = (metadata: Interaction['metadata'] | undefined) =>
  Object.fromEntries(AI_STATUSES.map((key) => [key, metadata?.[key]]));
const SKIPPED = { transcriptStatus: 'skipped', summaryStatus: 'skipped' } as const;
const PENDING = { transcriptStatus: 'pending', summaryStatus: 'pending' } as const;

const ENDED_AT = '2026-02-17T10:35:00.000Z';
const at = (iso: string, plusMs: number) => Date.parse(iso) + plusMs;

/** A bridge with AI ports whose clock reads `clock.now`. */
async function bridgeAt(clock: { now: number }) {
  const { bridge } = await testBridge({ ai: fakeAi(), now: () => clock.now });
  const served = async (id: string | undefined) =>
    (await (await bridge.handle(new Request(`http://x/api/v1/calls/${id}`))).json()) as Interaction;
  const listed = async () =>
    ((await (await bridge.handle(new Request('http://x/api/v1/calls'))).json()) as { items: Interaction[] })
      .items;
  return { bridge, served, listed };
}

const sms = (overrides: Partial<CallEventInput> = {}) =>
  callEvent({ sourceRecordId: 'sms-1', kind: 'sms', channel: 'SMS', text: 'Call me back.', ...overrides });
const answeredEnded = (overrides: Partial<CallEventInput> = {}) =>
  callEvent({
    sourceRecordId: 'call-9',
    kind: 'ended',
    answeredAt: '2026-02-17T10:30:05.000Z',
    endedAt: ENDED_AT,
    occurredAt: ENDED_AT,
    ...overrides,
  });

describe('the AI statuses of an SMS on a bridge with AI ports', () => {
  it('are served skipped by the calls API and the stream, the store keeping them pending', async () => {
    const clock = { now: at('2026-02-17T10:30:00.000Z', 1000) };
    const { bridge, served, listed } = await bridgeAt(clock);
    const live = new SseReader(await bridge.handle(new Request('http://x/api/v1/events/stream')));
    const { interaction } = await bridge.ingest(sms());
    const [created] = await live.take(1);
    await live.cancel();
    expect(interaction?.eventType).toBe('SMS');
    expect(statuses(interaction?.metadata)).toEqual(PENDING);
    expect(statuses((await served(interaction?.id)).metadata)).toEqual(SKIPPED);
    expect(statuses((await listed())[0]?.metadata)).toEqual(SKIPPED);
    expect(statuses((JSON.parse(created?.data ?? '{}') as Interaction).metadata)).toEqual(SKIPPED);
    await bridge.close();
  });
});

describe('the AI statuses of an answered call that ended without a recording', () => {
  it('are served pending within the grace period, skipped after it', async () => {
    const clock = { now: at(ENDED_AT, 60_000) };
    const { bridge, served, listed } = await bridgeAt(clock);
    const { interaction } = await bridge.ingest(answeredEnded());
    expect(statuses((await served(interaction?.id)).metadata)).toEqual(PENDING);
    clock.now = at(ENDED_AT, DEFAULT_RECORDING_GRACE_MS - 1);
    expect(statuses((await served(interaction?.id)).metadata)).toEqual(PENDING);
    clock.now = at(ENDED_AT, DEFAULT_RECORDING_GRACE_MS + 1);
    expect(statuses((await served(interaction?.id)).metadata)).toEqual(SKIPPED);
    expect(statuses((await listed())[0]?.metadata)).toEqual(SKIPPED);
    const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-9');
    expect(statuses(stored?.metadata)).toEqual(PENDING);
    // A stream that replays the call after the grace period serves it as the calls API does.
    const replay = new SseReader(
      await bridge.handle(
        new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
      ),
    );
    const [frame] = await replay.take(1);
    await replay.cancel();
    expect(statuses((JSON.parse(frame?.data ?? '{}') as Interaction).metadata)).toEqual(SKIPPED);
    await bridge.close();
  });

  it('are served pending again when a recording comes after the grace period', async () => {
    const clock = { now: at(ENDED_AT, DEFAULT_RECORDING_GRACE_MS + 60_000) };
    const { bridge, served } = await bridgeAt(clock);
    const { interaction } = await bridge.ingest(answeredEnded());
    expect(statuses((await served(interaction?.id)).metadata)).toEqual(SKIPPED);
    await bridge.ingest(
      answeredEnded({
        kind: 'recording_available',
        occurredAt: '2026-02-17T20:00:00.000Z',
        recording: { url: 'http://127.0.0.1:9/call-9.mp3' },
      }),
    );
    expect(statuses((await served(interaction?.id)).metadata)).toEqual(PENDING);
    await bridge.close();
  });

  it('counts the grace period from the end, or from the last event without an end time', () => {
    const ended = { callType: 'answered', callState: 'ended', ...PENDING } as const;
    const after = { now: at(ENDED_AT, DEFAULT_RECORDING_GRACE_MS + 1) };
    expect(servedWorkStatuses({ ...ended, endedAt: ENDED_AT }, after)).toEqual(SKIPPED);
    expect(servedWorkStatuses({ ...ended, lastEventAt: ENDED_AT }, after)).toEqual(SKIPPED);
    const longer = { ...after, recordingGraceMs: DEFAULT_RECORDING_GRACE_MS * 2 };
    expect(servedWorkStatuses({ ...ended, endedAt: ENDED_AT }, longer)).toEqual({});
    // Still going, nothing to count from, or audio to process: as stored.
    for (const stored of [
      { ...ended, callState: 'in_progress', endedAt: null, lastEventAt: ENDED_AT },
      { ...ended },
      { ...ended, endedAt: 'not a time' },
      { ...ended, endedAt: ENDED_AT, recordingUrl: 'https://rec.example.com/9.mp3' },
      { ...ended, endedAt: ENDED_AT, transcript: 'Hello.' },
    ] as const) {
      expect(servedWorkStatuses(stored, after)).toEqual({});
    }
  });

  it('are served as stored by publicInteraction for a record that ended moments ago', () => {
    const stored = {
      id: 'i1',
      eventType: 'CALL',
      metadata: { callType: 'answered', callState: 'ended', endedAt: new Date().toISOString(), ...PENDING },
    } as unknown as Interaction;
    expect(publicInteraction(stored)).toBe(stored);
  });
});

describe('the grace period of a bridge', () => {
  it('is `recordings.graceMs` when the bridge sets it', async () => {
    const clock = { now: at(ENDED_AT, 10 * 60_000 + 1) };
    const { bridge } = await testBridge({
      ai: fakeAi(),
      now: () => clock.now,
      recordings: { graceMs: 10 * 60_000 },
    });
    const { interaction } = await bridge.ingest(answeredEnded());
    const served = (await (
      await bridge.handle(new Request(`http://x/api/v1/calls/${interaction?.id}`))
    ).json()) as Interaction;
    expect(statuses(served.metadata)).toEqual(SKIPPED);
    await bridge.close();
  });

  it('is never over with `recordings.graceMs: Infinity`', async () => {
    const clock = { now: at(ENDED_AT, 365 * 24 * 3600_000) };
    const { bridge } = await testBridge({
      ai: fakeAi(),
      now: () => clock.now,
      recordings: { graceMs: Number.POSITIVE_INFINITY },
    });
    const { interaction } = await bridge.ingest(answeredEnded());
    const served = (await (
      await bridge.handle(new Request(`http://x/api/v1/calls/${interaction?.id}`))
    ).json()) as Interaction;
    expect(statuses(served.metadata)).toEqual(PENDING);
    await bridge.close();
  });

  it('must be a positive integer', async () => {
    await expect(testBridge({ recordings: { graceMs: -1 } })).rejects.toThrow(/recordings\.graceMs/);
  });
});

describe('the AI statuses of a call whose recording download failed for good', () => {
  it('are served skipped while no transcript came, pending again once the recording is offered anew', () => {
    const failed = {
      callType: 'answered',
      callState: 'ended',
      endedAt: new Date().toISOString(),
      recordingUrl: 'https://rec.example.com/9.mp3',
      recordingStatus: 'failed',
      ...PENDING,
    } as const;
    expect(servedWorkStatuses(failed)).toEqual(SKIPPED);
    expect(servedWorkStatuses({ ...failed, transcript: 'Hello.' })).toEqual({});
    expect(servedWorkStatuses({ ...failed, recordingStatus: 'available' })).toEqual({});
  });
});
