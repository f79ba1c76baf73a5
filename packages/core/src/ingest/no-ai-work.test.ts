import { describe, expect, it } from 'vitest';
import { fakeAi } from '../background/ai.test-util.js';
import { SseReader } from '../http/testing/sse-reader.js';
import { MemoryInteractionStore } from '../memory/index.js';
import type { CallEventInput } from '../model/call-event.js';
import type { Interaction } from '../model/interaction.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';
import { recordUpsert } from './record-upsert.js';

// A bridge that runs no AI work (no `ai` ports, or `background: false`) never moves a call's AI
// statuses on: the ingest stores them 'skipped', not 'pending', so neither the calls API nor the
// stream says that work is coming. The bridge that stores the call is the one that decides (it
// enqueues the work or not), so a call keeps what was true when it came: AI ports added later
// process the new calls, and the old ones do not read 'pending' forever.

const STATUSES = ['transcriptStatus', 'summaryStatus'] as const;
const statuses = (metadata: Interaction['metadata'] | undefined) =>
  Object.fromEntries(STATUSES.map((key) => [key, metadata?.[key]]));
const SKIPPED = { transcriptStatus: 'skipped', summaryStatus: 'skipped' };
const PENDING = { transcriptStatus: 'pending', summaryStatus: 'pending' };

// A private address: nothing downloads it (the bridges are not started), no outside call.
const ended = (overrides: Partial<CallEventInput> = {}) =>
  callEvent({
    kind: 'ended',
    answeredAt: '2026-02-17T10:30:05.000Z',
    recording: { url: 'http://127.0.0.1:9/call-1.mp3' },
    ...overrides,
  });
const insights = (overrides: Partial<CallEventInput> = {}) =>
  callEvent({ kind: 'insights', insights: { transcriptText: 'Hello.' }, ...overrides });

const NO_AI_WORK = {
  'no ai ports': {},
  'ai with no port in it': { ai: {} },
  'background: false': { ai: fakeAi(), background: false },
};

describe('the AI statuses of a bridge that runs no AI work', () => {
  it.each(Object.entries(NO_AI_WORK))(
    'are stored and served skipped, calls API and stream (%s)',
    async (_name, config) => {
      const { bridge } = await testBridge(config);
      const live = new SseReader(await bridge.handle(new Request('http://x/api/v1/events/stream')));
      const { interaction } = await bridge.ingest(ended());
      const [created] = await live.take(1);
      await live.cancel();
      expect(statuses(interaction?.metadata)).toEqual(SKIPPED);
      const one = (await (
        await bridge.handle(new Request(`http://x/api/v1/calls/${interaction?.id}`))
      ).json()) as Interaction;
      expect(statuses(one.metadata)).toEqual(SKIPPED);
      expect(statuses((JSON.parse(created?.data ?? '{}') as Interaction).metadata)).toEqual(SKIPPED);
      await bridge.close();
    },
  );

  it('stay pending on a bridge that runs AI work', async () => {
    const { bridge } = await testBridge({ ai: fakeAi() });
    const { interaction } = await bridge.ingest(ended());
    expect(statuses(interaction?.metadata)).toEqual(PENDING);
    await bridge.close();
  });

  it("are completed by a provider's insights, and converge in either order", async () => {
    const records: string[] = [];
    for (const order of [
      [ended(), insights()],
      [insights(), ended()],
    ]) {
      const { bridge } = await testBridge({});
      for (const event of order) await bridge.ingest(event);
      const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
      expect(statuses(stored?.metadata)).toEqual({ transcriptStatus: 'completed', summaryStatus: 'skipped' });
      const { id, createdAt, updatedAt, version, ...rest } = stored as Interaction;
      records.push(JSON.stringify(rest, Object.keys(rest).sort()));
      records.push(JSON.stringify(rest.metadata, Object.keys(rest.metadata).sort()));
      await bridge.close();
    }
    expect(records[2]).toBe(records[0]);
    expect(records[3]).toBe(records[1]);
  });

  it('stay skipped on old calls once AI ports are added, while new calls are processed', async () => {
    const interactions = new MemoryInteractionStore();
    const before = await testBridge({ stores: { interactions } });
    await before.bridge.ingest(ended({ sourceRecordId: 'old' }));
    await before.bridge.close();
    const after = await testBridge({ stores: { interactions }, ai: fakeAi() });
    await after.bridge.ingest(ended({ sourceRecordId: 'new' }));
    // A later event of the old call, through the bridge with AI, does not bring 'pending' back:
    // it keeps 'skipped' until AI work starts on it (this bridge is not started, so none does).
    await after.bridge.ingest(callEvent({ sourceRecordId: 'old', kind: 'note', tags: ['called-back'] }));
    const read = (id: string) => interactions.getBySource(TENANT, 'RINGOVER', id);
    expect(statuses((await read('old'))?.metadata)).toEqual(SKIPPED);
    expect(statuses((await read('new'))?.metadata)).toEqual(PENDING);
    await after.bridge.close();
  });

  it('give way to the work itself and to insights, never to a pending', async () => {
    const interactions = new MemoryInteractionStore();
    const { bridge } = await testBridge({ stores: { interactions } });
    const { interaction } = await bridge.ingest(ended());
    const record = interaction as Interaction;
    const write = (metadata: Interaction['metadata']) =>
      interactions.upsert(recordUpsert(record, metadata, 'en')).then((r) => r.interaction.metadata);
    expect(statuses(await write({ transcriptStatus: 'pending', summaryStatus: 'pending' }))).toEqual(SKIPPED);
    expect(statuses(await write({ transcriptStatus: 'processing' }))).toMatchObject({
      transcriptStatus: 'processing',
    });
    // A 'skipped' (another event of a bridge without AI) never replaces a status further along.
    for (const further of ['processing', 'completed', 'failed'] as const) {
      await write({ summaryStatus: further });
      expect((await write({ summaryStatus: 'skipped' })).summaryStatus).toBe(further);
    }
    await bridge.close();
  });
});
