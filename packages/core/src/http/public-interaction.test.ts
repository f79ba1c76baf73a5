import { describe, expect, it } from 'vitest';
import { fakeAi } from '../background/ai.test-util.js';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import { OWED_FLAGS } from '../ingest/owed.js';
import { recordUpsert } from '../ingest/record-upsert.js';
import { MemoryEventLog } from '../memory/event-log.js';
import type { Interaction } from '../model/interaction.js';
import { KEY_STAMPS } from '../model/merge-stamps.js';
import type { EventLog } from '../ports/events.js';
import { INTERNAL_METADATA_KEYS, publicInteraction } from './public-interaction.js';
import { SseReader } from './testing/sse-reader.js';

/** An event log whose first `failures` appends throw, as a dropped connection would. */
function failingLog(failures: number): EventLog {
  const inner = new MemoryEventLog();
  let left = failures;
  return {
    async append(...args) {
      if (left > 0) {
        left -= 1;
        throw new Error('event log connection reset');
      }
      return inner.append(...args);
    },
    readAfter: (...args) => inner.readAfter(...args),
    lastId: (tenantId) => inner.lastId(tenantId),
  };
}

const internal = (metadata: Record<string, unknown>) =>
  Object.keys(metadata).filter((key) => (INTERNAL_METADATA_KEYS as readonly string[]).includes(key));

describe('served records carry no internal bookkeeping keys', () => {
  it('GET /calls, GET /calls/:id and the stream omit the owed flags after an event-log failure', async () => {
    const { bridge } = await testBridge({ stores: { eventLog: failingLog(1) }, background: false });
    const get = async (path: string) => (await bridge.handle(new Request(`http://x/api/v1${path}`))).json();
    const event = callEvent({ sourceRecordId: 'owed-1' });
    await expect(bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    const retried = await bridge.ingest(event);
    // The store keeps the cleared flag: the write path needs it.
    expect(retried.interaction?.metadata).toMatchObject({ [OWED_FLAGS.call_event_created]: false });

    const live = new SseReader(await bridge.handle(new Request('http://x/api/v1/events/stream')));
    await bridge.ingest(callEvent({ sourceRecordId: 'owed-1', kind: 'answered' }));
    const [update] = await live.take(1);
    await live.cancel();
    const replay = new SseReader(
      await bridge.handle(
        new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
      ),
    );
    const replayed = await replay.take(2);
    await replay.cancel();

    const page = (await get('/calls')) as { items: Interaction[] };
    const id = page.items[0]?.id ?? '';
    const one = (await get(`/calls/${encodeURIComponent(id)}`)) as Interaction;
    const stored = await bridge.runtime.interactions.get(TENANT, id);
    expect(internal(stored?.metadata ?? {}).sort()).toEqual(
      [KEY_STAMPS, OWED_FLAGS.call_event_created].sort(),
    );
    expect(one.metadata).toMatchObject({ callType: 'answered' });
    expect(internal(one.metadata)).toEqual([]);
    expect(page.items.map((item) => internal(item.metadata))).toEqual([[]]);
    expect([update, ...replayed].map((e) => e?.event)).toEqual([
      'call_event_updated',
      'call_event_created',
      'call_event_updated',
    ]);
    for (const frame of [update, ...replayed]) {
      const data = JSON.parse(frame?.data ?? '{}') as Interaction;
      expect(data.sourceRecordId).toBe('owed-1');
      expect(internal(data.metadata)).toEqual([]);
    }
    await bridge.close();
  });

  it("omits the AI pipeline's announcement marker (aiAnnounced) and keeps its public keys", async () => {
    const { bridge } = await testBridge({ background: false });
    const { interaction } = await bridge.ingest(callEvent({ sourceRecordId: 'ai-1' }));
    if (!interaction) throw new Error('not stored');
    const at = '2026-02-17T10:40:00.000Z';
    await bridge.runtime.interactions.upsert(
      recordUpsert(interaction, { aiAnnounced: true, aiCompletedAt: at, recordingFailures: 1 }, 'en'),
    );
    const response = await bridge.handle(new Request(`http://x/api/v1/calls/${interaction.id}`));
    const served = (await response.json()) as Interaction;
    expect(served.metadata).not.toHaveProperty('aiAnnounced');
    expect(served.metadata).toMatchObject({ aiCompletedAt: at, recordingFailures: 1 });
    await bridge.close();
  });
});

describe('publicInteraction', () => {
  const record = (metadata: Record<string, unknown>) => ({ id: 'i1', metadata }) as unknown as Interaction;

  it('returns the record itself when it holds no internal key (no copy on the common path)', () => {
    const plain = record({ callId: 'c1', direction: 'inbound' });
    expect(publicInteraction(plain)).toBe(plain);
  });

  it('drops every internal key, true or false, and leaves the stored record as it was', () => {
    const flagged = record({
      callId: 'c1',
      owedCallEventCreated: false,
      owedCallEventUpdated: true,
      owedCallAiCompleted: false,
      aiAnnounced: true,
    });
    expect(publicInteraction(flagged)).toEqual({ id: 'i1', metadata: { callId: 'c1' } });
    expect(flagged.metadata).toHaveProperty('owedCallEventUpdated', true);
    expect(INTERNAL_METADATA_KEYS).toEqual(expect.arrayContaining(Object.values(OWED_FLAGS)));
  });

  it('keeps a __proto__ key of the metadata as plain data', () => {
    const metadata = JSON.parse('{"__proto__": {"x": 1}, "aiAnnounced": true}') as Record<string, unknown>;
    const served = publicInteraction(record(metadata));
    expect(Object.getPrototypeOf(served.metadata)).toBe(Object.prototype);
    expect(JSON.stringify(served.metadata)).toBe('{"__proto__":{"x":1}}');
  });
});

describe('the AI statuses of a missed call without a recording', () => {
  // On a bridge that runs AI work; one that runs none stores them 'skipped' (ingest/no-ai-work.test.ts).
  const AI_STATUSES = ['transcriptStatus', 'summaryStatus'] as const;
  const statuses = (metadata: Interaction['metadata']) =>
    Object.fromEntries(AI_STATUSES.map((key) => [key, metadata[key]]));
  const voicemail = (at: string) =>
    callEvent({
      sourceRecordId: 'missed-1',
      kind: 'voicemail',
      occurredAt: at,
      recording: { url: 'https://rec.example.com/vm-1.mp3', type: 'voicemail' },
    });
  const missed = (at: string) => callEvent({ sourceRecordId: 'missed-1', kind: 'missed', occurredAt: at });

  it('are served skipped (calls API and stream) while the store keeps them pending', async () => {
    const { bridge } = await testBridge({ ai: fakeAi() });
    const live = new SseReader(await bridge.handle(new Request('http://x/api/v1/events/stream')));
    const { interaction } = await bridge.ingest(missed('2026-02-17T10:30:30.000Z'));
    const [created] = await live.take(1);
    await live.cancel();
    const one = (await (
      await bridge.handle(new Request(`http://x/api/v1/calls/${interaction?.id}`))
    ).json()) as Interaction;
    const page = (await (await bridge.handle(new Request('http://x/api/v1/calls'))).json()) as {
      items: Interaction[];
    };
    const skipped = { transcriptStatus: 'skipped', summaryStatus: 'skipped' };
    expect(statuses(one.metadata)).toEqual(skipped);
    expect(statuses(page.items[0]?.metadata ?? {})).toEqual(skipped);
    expect(statuses((JSON.parse(created?.data ?? '{}') as Interaction).metadata)).toEqual(skipped);
    expect(statuses(interaction?.metadata ?? {})).toEqual({
      transcriptStatus: 'pending',
      summaryStatus: 'pending',
    });
    await bridge.close();
  });

  it('are served pending again once a voicemail brings audio, in either order', async () => {
    for (const order of [
      [missed('2026-02-17T10:30:30.000Z'), voicemail('2026-02-17T10:31:00.000Z')],
      [voicemail('2026-02-17T10:31:00.000Z'), missed('2026-02-17T10:30:30.000Z')],
    ]) {
      const { bridge } = await testBridge({ ai: fakeAi() });
      for (const event of order) await bridge.ingest(event);
      const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'missed-1');
      if (!stored) throw new Error('not stored');
      expect(statuses(publicInteraction(stored).metadata)).toEqual({
        transcriptStatus: 'pending',
        summaryStatus: 'pending',
      });
      await bridge.close();
    }
  });

  it('leaves statuses that moved on, and calls that were answered or have a transcript, as stored', () => {
    const record = (metadata: Record<string, unknown>) => ({ id: 'i1', metadata }) as unknown as Interaction;
    const failed = record({ callType: 'missed', transcriptStatus: 'failed', summaryStatus: 'pending' });
    expect(publicInteraction(failed).metadata).toEqual({
      callType: 'missed',
      transcriptStatus: 'failed',
      summaryStatus: 'skipped',
    });
    for (const kept of [
      record({ callType: 'answered', callState: 'ended', transcriptStatus: 'pending' }),
      record({ callType: 'missed', transcript: 'Hello.', summaryStatus: 'pending' }),
      record({
        callType: 'missed',
        recordingUrl: 'https://rec.example.com/1.mp3',
        transcriptStatus: 'pending',
      }),
      record({ callType: 'voicemail', transcriptStatus: 'pending' }),
    ]) {
      expect(publicInteraction(kept)).toBe(kept);
    }
  });
});
