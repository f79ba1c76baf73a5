import type { Interaction, InteractionMetadata, InteractionUpsert } from '../model/interaction.js';
import type { InteractionStore } from '../ports/interactions.js';
import { makeInteractionUpsert } from './fixtures.js';
import { uniqueId } from './helpers.js';
import type { TestApi } from './types.js';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:00:05.000Z';
const T2 = '2026-03-01T10:02:39.000Z';
const T3 = '2026-03-01T10:03:00.000Z';

/** An upsert whose metadata is exactly `metadata` (a sparse patch). */
function patch(
  key: Pick<InteractionUpsert, 'tenantId' | 'sourceRecordId'>,
  occurredAt: string,
  metadata: InteractionMetadata,
  extra: Partial<InteractionUpsert> = {},
): InteractionUpsert {
  return { ...makeInteractionUpsert({ ...key, occurredAt, ...extra }), metadata };
}

/** The four events of an answered call with a recording, as sparse patches. */
function callEvents(tenantId: string, sourceRecordId: string): InteractionUpsert[] {
  const key = { tenantId, sourceRecordId };
  return [
    patch(key, T0, {
      callType: 'ringing',
      callState: 'ringing',
      direction: 'inbound',
      callerNumber: '+32470123456',
      lastEventAt: T0,
    }),
    patch(key, T1, {
      callType: 'answered',
      callState: 'in_progress',
      answeredAt: T1,
      startedAt: T0,
      lastEventAt: T1,
    }),
    patch(key, T2, {
      callState: 'ended',
      endedAt: T2,
      answeredAt: T1,
      durationSeconds: 154,
      lastEventAt: T2,
    }),
    patch(key, T3, {
      recordingUrl: 'https://example.test/rec.mp3',
      recordingStatus: 'available',
      lastEventAt: T3,
    }),
  ];
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The parts of a record that must converge whatever the event order. */
function essence(record: Interaction | null): unknown {
  if (!record) return null;
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, sourceRecordId: _s, metadata, ...rest } = record;
  const { callId: _callId, ...meta } = metadata;
  return { ...rest, metadata: meta };
}

/** Upsert behaviour: merge rules, atomicity, isolation and id fidelity. */
export function interactionMergeTests(t: TestApi, store: () => InteractionStore): void {
  const { it, expect } = t;

  it('creates a record at version 1 and reads it back by id and by source', async () => {
    const tenantId = uniqueId('tenant');
    const result = await store().upsert(makeInteractionUpsert({ tenantId, locale: 'fr' }));
    expect(result.created).toBe(true);
    expect(result.changed).toBe(true);
    expect(result.interaction.version).toBe(1);
    expect(result.interaction.metadata).toMatchObject({
      callType: 'ringing',
      transcriptStatus: 'pending',
      recordingStatus: 'none',
      tags: [],
    });
    expect(result.interaction.title).toMatch(/^Appel entrant/);
    expect(await store().get(tenantId, result.interaction.id)).toEqual(result.interaction);
    expect(await store().getBySource(tenantId, 'RINGOVER', result.interaction.sourceRecordId)).toEqual(
      result.interaction,
    );
    expect(await store().get(tenantId, 'no-such-id')).toBeNull();
  });

  it('answers changed=false and keeps the version on a repeated upsert', async () => {
    const input = makeInteractionUpsert({ tenantId: uniqueId('tenant') });
    const first = await store().upsert(input);
    const again = await store().upsert(input);
    expect(again).toMatchObject({ created: false, changed: false });
    expect(again.interaction).toEqual(first.interaction);
  });

  it('ignores a stale event: ringing after ended changes nothing', async () => {
    const tenantId = uniqueId('tenant');
    const [ringing, answered, ended] = callEvents(tenantId, '1001');
    await store().upsert(ringing!);
    await store().upsert(answered!);
    const done = await store().upsert(ended!);
    const stale = await store().upsert(ringing!);
    expect(stale.changed).toBe(false);
    expect(stale.interaction.version).toBe(done.interaction.version);
    expect(stale.interaction.metadata).toMatchObject({
      callType: 'answered',
      callState: 'ended',
      durationSeconds: 154,
    });
  });

  it('keeps endedAt, reason and duration against a stale outcome, which only fills what is missing', async () => {
    const key = { tenantId: uniqueId('tenant'), sourceRecordId: '1008' };
    const outcome = { callState: 'ended', endedAt: T2, reason: 'no_answer', durationSeconds: 30 } as const;
    await store().upsert(patch(key, T2, { ...outcome, callType: 'voicemail', lastEventAt: T2 }));
    const missed = { callType: 'missed', endedAt: T1, reason: 'busy', durationSeconds: 5 } as const;
    const stale = await store().upsert(patch(key, T1, { ...missed, answeringMachine: 'human' }));
    expect(stale.interaction.metadata).toMatchObject({ ...outcome, callType: 'voicemail' });
    expect(stale.interaction.metadata.answeringMachine).toBe('human');
  });

  it('keeps keys it does not know, and a later false replaces true (owed announcement flags)', async () => {
    const key = { tenantId: uniqueId('tenant'), sourceRecordId: '1009' };
    const flags = (metadata: InteractionMetadata) => store().upsert(patch(key, T0, metadata));
    await flags({ owedCallEventCreated: true, owedCallEventUpdated: true });
    const cleared = await flags({ owedCallEventCreated: false });
    expect(cleared.changed).toBe(true);
    expect(cleared.interaction.metadata).toMatchObject({
      owedCallEventCreated: false,
      owedCallEventUpdated: true,
    });
    expect((await flags({ owedCallEventCreated: false })).changed).toBe(false);
  });

  it('converges to the same record for every order of the events', async () => {
    const tenantId = uniqueId('tenant');
    const orders = permutations([0, 1, 2, 3]);
    const finals: unknown[] = [];
    for (const [n, order] of orders.entries()) {
      const events = callEvents(tenantId, `conv-${n}`);
      for (const index of order) await store().upsert(events[index]!);
      finals.push(essence(await store().getBySource(tenantId, 'RINGOVER', `conv-${n}`)));
    }
    expect(finals[0]).toMatchObject({
      occurredAt: T0,
      metadata: {
        callType: 'answered',
        callState: 'ended',
        startedAt: T0,
        lastEventAt: T3,
        durationSeconds: 154,
      },
    });
    for (const final of finals) expect(final).toEqual(finals[0]);
  });

  it('never erases a stored value with null or a missing key', async () => {
    const tenantId = uniqueId('tenant');
    const key = { tenantId, sourceRecordId: '1002' };
    await store().upsert(
      patch(
        key,
        T0,
        { callerNumber: '+32470123456', durationSeconds: 12, comments: 'vip' },
        { contactId: 'c-1' },
      ),
    );
    const r = await store().upsert(
      patch(key, T1, { callerNumber: null, durationSeconds: null, comments: undefined }),
    );
    expect(r.interaction.metadata).toMatchObject({
      callerNumber: '+32470123456',
      durationSeconds: 12,
      comments: 'vip',
    });
    expect(r.interaction.contactId).toBe('c-1');
  });

  it('merges insights per field: newer wins, older only fills what is missing', async () => {
    const tenantId = uniqueId('tenant');
    const key = { tenantId, sourceRecordId: '1003' };
    const withInsights = (
      at: string,
      insights: NonNullable<InteractionUpsert['insights']>,
      meta: InteractionMetadata,
    ) => patch(key, T0, { ...meta, insightsModifiedAt: at }, { insights: { ...insights, modifiedAt: at } });
    await store().upsert(withInsights(T2, { summary: 'new' }, { aiSummary: 'new' }));
    const older = await store().upsert(
      withInsights(T1, { summary: 'old', transcriptText: 'hi' }, { aiSummary: 'old', transcript: 'hi' }),
    );
    expect(older.interaction.insights).toMatchObject({
      summary: 'new',
      transcriptText: 'hi',
      modifiedAt: T2,
    });
    expect(older.interaction.metadata).toMatchObject({
      aiSummary: 'new',
      transcript: 'hi',
      insightsModifiedAt: T2,
    });
    const newer = await store().upsert(withInsights(T3, { summary: 'newest' }, { aiSummary: 'newest' }));
    expect(newer.interaction.insights).toMatchObject({
      summary: 'newest',
      transcriptText: 'hi',
      modifiedAt: T3,
    });
    expect(newer.interaction.metadata.aiSummary).toBe('newest');
  });

  it('links contact and case from a later match and keeps them on null', async () => {
    const tenantId = uniqueId('tenant');
    const key = { tenantId, sourceRecordId: '1004' };
    await store().upsert(patch(key, T0, {}));
    await store().upsert(patch(key, T1, {}, { contactId: 'contact-1', caseId: 'case-1' }));
    const r = await store().upsert(patch(key, T2, { durationSeconds: 3 }));
    expect(r.interaction).toMatchObject({ contactId: 'contact-1', caseId: 'case-1' });
  });

  it('gives a new contact its own case, and never lets a guessed link replace a stored one', async () => {
    const tenantId = uniqueId('tenant');
    const key = { tenantId, sourceRecordId: '1005' };
    await store().upsert(
      patch(key, T0, {}, { contactId: 'agent-line', caseId: 'agent-case', linkIsGuess: true }),
    );
    const known = await store().upsert(patch(key, T1, {}, { contactId: 'customer', caseId: null }));
    expect(known.interaction).toMatchObject({ contactId: 'customer', caseId: null });
    const guessed = await store().upsert(
      patch(key, T2, {}, { contactId: 'agent-line', caseId: 'agent-case', linkIsGuess: true }),
    );
    expect(guessed.changed).toBe(false);
    expect(guessed.interaction).toMatchObject({ contactId: 'customer', caseId: null });
  });

  it('stores one record under 50 concurrent upserts of the same key, losing no update', async () => {
    const tenantId = uniqueId('tenant');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store().upsert(patch({ tenantId, sourceRecordId: '1005' }, T0, { tags: [`tag-${i}`] })),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.interaction.id)).size).toBe(1);
    const page = await store().list(tenantId, {}, { limit: 100 });
    expect(page.items).toHaveLength(1);
    expect([...(page.items[0]?.metadata.tags ?? [])].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `tag-${i}`).sort(),
    );
    expect(page.items[0]?.version).toBe(50);
  });

  it('never shows one tenant the records of another', async () => {
    const a = uniqueId('tenant-a');
    const b = uniqueId('tenant-b');
    const stored = (await store().upsert(makeInteractionUpsert({ tenantId: a, sourceRecordId: '1006' })))
      .interaction;
    expect(await store().get(b, stored.id)).toBeNull();
    expect(await store().getBySource(b, 'RINGOVER', '1006')).toBeNull();
    expect((await store().list(b, {}, { limit: 100 })).items).toEqual([]);
    expect(
      (await store().stats(b, { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' })).total,
    ).toBe(0);
    const other = await store().upsert(makeInteractionUpsert({ tenantId: b, sourceRecordId: '1006' }));
    expect(other.created).toBe(true);
    expect(other.interaction.id).not.toBe(stored.id);
    expect((await store().get(a, stored.id))?.version).toBe(1);
  });

  it('keeps records of different sources apart', async () => {
    const tenantId = uniqueId('tenant');
    const ro = await store().upsert(
      makeInteractionUpsert({ tenantId, sourceRecordId: '1007', source: 'RINGOVER' }),
    );
    const rc = await store().upsert(
      makeInteractionUpsert({ tenantId, sourceRecordId: '1007', source: 'RINGCENTRAL' }),
    );
    expect(rc.created).toBe(true);
    expect(rc.interaction.id).not.toBe(ro.interaction.id);
  });

  it('keeps 20-digit source ids byte for byte through upsert, get, getBySource and list', async () => {
    const tenantId = uniqueId('tenant');
    for (const sourceRecordId of ['98765432109876543210', '00012345678901234567']) {
      const r = await store().upsert(makeInteractionUpsert({ tenantId, sourceRecordId }));
      expect(r.interaction.sourceRecordId).toBe(sourceRecordId);
      expect((await store().get(tenantId, r.interaction.id))?.sourceRecordId).toBe(sourceRecordId);
      expect((await store().getBySource(tenantId, 'RINGOVER', sourceRecordId))?.metadata.callId).toBe(
        sourceRecordId,
      );
    }
    const listed = (await store().list(tenantId, {}, { limit: 10 })).items
      .map((i) => i.sourceRecordId)
      .sort();
    expect(listed).toEqual(['00012345678901234567', '98765432109876543210']);
  });

  it('returns copies: mutating a result does not change the store', async () => {
    const tenantId = uniqueId('tenant');
    const r = await store().upsert(makeInteractionUpsert({ tenantId }));
    r.interaction.metadata.callType = 'missed';
    (r.interaction.metadata.tags as string[]).push('mutated');
    const again = await store().get(tenantId, r.interaction.id);
    expect(again?.metadata.callType).toBe('ringing');
    expect(again?.metadata.tags).toEqual([]);
  });
}
