import { describe, expect, it } from 'vitest';
import type { Interaction, InteractionMetadata, InteractionUpsert } from './interaction.js';
import { deepEqual, mergeInteraction } from './merge.js';
import { apply, ids, permutations, T0, T1, T2, T3, upsert } from './merge.test-util.js';

const ringing = upsert({ callType: 'ringing', callState: 'ringing', direction: 'inbound', lastEventAt: T0 });
const answered = upsert(
  { callType: 'answered', callState: 'in_progress', answeredAt: T1, startedAt: T0, lastEventAt: T1 },
  { occurredAt: T1 },
);
const ended = upsert(
  { callState: 'ended', endedAt: T2, durationSeconds: 154, answeredAt: T1, lastEventAt: T2 },
  { occurredAt: T2 },
);
const recording = upsert(
  { recordingUrl: 'https://rec/1.mp3', recordingStatus: 'available', lastEventAt: T3 },
  { occurredAt: T3 },
);

describe('mergeInteraction: create', () => {
  it('creates version 1 with the id, timestamps and default metadata', () => {
    const r = mergeInteraction(null, upsert({ direction: 'inbound' }), ids('2026-03-01T12:00:00.000Z'));
    expect(r.created).toBe(true);
    expect(r.changed).toBe(true);
    expect(r.interaction.version).toBe(1);
    expect(r.interaction.id).toMatch(/^id-\d+$/);
    expect(r.interaction.createdAt).toBe('2026-03-01T12:00:00.000Z');
    expect(r.interaction.updatedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(r.interaction.sourceRecordId).toBe('12345678901234567890');
    expect(r.interaction.metadata).toMatchObject({
      callId: '12345678901234567890',
      callType: 'ringing',
      callState: 'ringing',
      transcriptStatus: 'pending',
      summaryStatus: 'pending',
      recordingStatus: 'none',
      tasksGenerated: false,
      extractedTasks: [],
      tags: [],
      direction: 'inbound',
      lastEventAt: T0,
      callerNumber: null,
    });
  });

  it('renders title and body in the upsert locale', () => {
    const meta: InteractionMetadata = {
      direction: 'inbound',
      callerNumber: '+32470123456',
      callType: 'answered',
      durationSeconds: 154,
      recordingUrl: 'https://rec/1.mp3',
    };
    const fr = mergeInteraction(null, upsert(meta, { locale: 'fr' }), ids()).interaction;
    expect(fr.title).toBe('Appel entrant - +32 470 12 34 56');
    expect(fr.body).toBe('Durée: 2m 34s | Enregistrement disponible');
    const en = mergeInteraction(null, upsert(meta, { locale: 'en' }), ids()).interaction;
    expect(en.title).not.toBe(fr.title);
  });

  it('re-renders the text from the merged metadata', () => {
    const first = apply([upsert({ direction: 'inbound', callerNumber: '+32470123456' })]);
    const next = mergeInteraction(
      first,
      upsert({ durationSeconds: 45 }, { locale: 'fr' }),
      ids(),
    ).interaction;
    expect(next.title).toBe('Appel entrant - +32 470 12 34 56');
    expect(next.body).toBe('Durée: 45s');
  });
});

describe('mergeInteraction: versioning', () => {
  it('returns changed=false and the same version when nothing differs', () => {
    const first = apply([ringing]);
    const again = mergeInteraction(first, ringing, ids('2030-01-01T00:00:00.000Z'));
    expect(again.changed).toBe(false);
    expect(again.created).toBe(false);
    expect(again.interaction).toEqual(first);
  });

  it('bumps the version and updatedAt on a change, keeping id and createdAt', () => {
    const first = apply([ringing]);
    const next = mergeInteraction(first, answered, ids('2030-01-01T00:00:00.000Z'));
    expect(next.changed).toBe(true);
    expect(next.interaction.version).toBe(first.version + 1);
    expect(next.interaction.updatedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(next.interaction.id).toBe(first.id);
    expect(next.interaction.createdAt).toBe(first.createdAt);
  });

  it('does not share objects with its inputs', () => {
    const input = upsert({ tags: ['vip'] });
    const r = mergeInteraction(null, input, ids()).interaction;
    (input.metadata.tags as string[]).push('mutated');
    expect(r.metadata.tags).toEqual(['vip']);
  });

  it('does not share objects with the stored record it merged into', () => {
    const stored = apply([upsert({ tags: ['vip'], agent: { id: 'a1' } })]);
    const r = mergeInteraction(stored, upsert({ comments: 'called back' }), ids()).interaction;
    (stored.metadata.tags as string[]).push('mutated');
    (stored.metadata.agent as { id: string }).id = 'mutated';
    expect(r.metadata.tags).toEqual(['vip']);
    expect(r.metadata.agent).toEqual({ id: 'a1' });
  });
});

describe('mergeInteraction: no erase', () => {
  it('ignores null and undefined patch values', () => {
    const first = apply([upsert({ callerNumber: '+32470123456', durationSeconds: 12, agent: { id: 'a1' } })]);
    const patch = upsert({ callerNumber: null, durationSeconds: undefined, agent: null, transcript: null });
    const r = mergeInteraction(first, patch, ids());
    expect(r.changed).toBe(false);
    expect(r.interaction.metadata).toMatchObject({ callerNumber: '+32470123456', durationSeconds: 12 });
    expect(r.interaction.metadata.agent).toEqual({ id: 'a1' });
  });

  it('keeps the fields of the same agent that a later event leaves out, in either order', () => {
    // Ringover's ringing names the agent in full; its hangup only by user_id and email.
    const lea = { id: '22673838', name: 'Lea Martin', email: 'lea@example.fr' };
    const byIdOnly = { id: '22673838', name: null, email: 'lea@example.fr' };
    const withAgent = (event: InteractionUpsert, agent: InteractionMetadata['agent']) => ({
      ...event,
      metadata: { ...event.metadata, agent },
    });
    expect(apply([withAgent(ringing, lea), withAgent(ended, byIdOnly)]).metadata.agent).toEqual(lea);
    expect(apply([withAgent(ended, byIdOnly), withAgent(ringing, lea)]).metadata.agent).toEqual(lea);
    // Another agent (a transfer) is a new value: it replaces the stored one whole.
    const tom = { id: '99', name: 'Tom', email: null };
    expect(apply([withAgent(ringing, lea), withAgent(ended, tom)]).metadata.agent).toEqual(tom);
  });

  it('lets a present value replace an older one', () => {
    const first = apply([upsert({ callerNumber: '+32470123456', comments: 'a' })]);
    expect(mergeInteraction(first, upsert({ comments: 'b' }), ids()).interaction.metadata.comments).toBe('b');
  });
});

describe('mergeInteraction: lifecycle', () => {
  it('never moves callType or callState backwards', () => {
    const done = apply([ringing, answered, ended]);
    const r = mergeInteraction(done, ringing, ids());
    expect(r.changed).toBe(false);
    expect(r.interaction.metadata.callType).toBe('answered');
    expect(r.interaction.metadata.callState).toBe('ended');
  });

  it('moves callType forward by rank (answered → missed → voicemail)', () => {
    const r = apply([ringing, upsert({ callType: 'voicemail' }), upsert({ callType: 'missed' })]);
    expect(r.metadata.callType).toBe('voicemail');
    expect(apply([answered, upsert({ callType: 'missed' })]).metadata.callType).toBe('missed');
  });

  it('a stale patch does not overwrite lifecycle keys but fills missing ones', () => {
    const missed = apply([upsert({ callType: 'missed', callState: 'ended', reason: 'no-answer' })]);
    const stale = upsert({ callType: 'answered', reason: 'other', durationSeconds: 3 });
    const r = mergeInteraction(missed, stale, ids()).interaction;
    expect(r.metadata.callType).toBe('missed');
    expect(r.metadata.reason).toBe('no-answer');
    expect(r.metadata.durationSeconds).toBe(3);
  });

  it('treats an earlier callState with the same callType as stale, for every metadata key', () => {
    const endedCall = apply([
      upsert({
        callType: 'answered',
        callState: 'ended',
        answeredAt: T1,
        endedAt: T2,
        durationSeconds: 154,
        agent: { id: 'a2', name: 'Bob' },
      }),
    ]);
    // The 'answered' event of the same call, delivered late, from an earlier moment.
    const late = upsert({
      callType: 'answered',
      callState: 'in_progress',
      answeredAt: T0,
      durationSeconds: 0,
      agent: { id: 'a1', name: 'Ann' },
      sessionId: 's-1',
    });
    const r = mergeInteraction(endedCall, late, ids()).interaction;
    expect(r.metadata).toMatchObject({
      callState: 'ended',
      answeredAt: T1,
      durationSeconds: 154,
      agent: { id: 'a2', name: 'Bob' },
      // What was missing is still filled.
      sessionId: 's-1',
    });
  });

  it('applies lifecycle keys of a patch without callType or with an equal or higher rank', () => {
    const r = apply([
      answered,
      upsert({ durationSeconds: 10 }),
      upsert({ callType: 'answered', durationSeconds: 20 }),
    ]);
    expect(r.metadata.durationSeconds).toBe(20);
  });

  it('keeps the earliest occurredAt and startedAt and the latest lastEventAt', () => {
    const r = apply([ended, answered, upsert({ startedAt: T3, lastEventAt: T0 }, { occurredAt: T3 })]);
    expect(r.occurredAt).toBe(T1);
    expect(r.metadata.startedAt).toBe(T0);
    expect(r.metadata.lastEventAt).toBe(T2);
  });

  it('converges to the same record whatever the order of the events', () => {
    const events = [ringing, answered, ended, recording];
    const orders = permutations(events);
    expect(orders).toHaveLength(24);
    const strip = (i: Interaction) => ({ ...i, id: '', version: 0, createdAt: '', updatedAt: '' });
    const reference = strip(apply(events));
    expect(reference.metadata).toMatchObject({
      callType: 'answered',
      callState: 'ended',
      durationSeconds: 154,
    });
    for (const order of orders) expect(strip(apply(order))).toEqual(reference);
  });
});

describe('mergeInteraction: insights', () => {
  const insights = (modifiedAt: string | undefined, fields: Record<string, unknown>) =>
    upsert({ insightsModifiedAt: modifiedAt }, { insights: { modifiedAt, ...fields } });

  it('lets the newer insights win per field and an older patch only fill missing fields', () => {
    const first = apply([insights(T2, { summary: 'new', sentiment: { score: 0.5, label: 'positive' } })]);
    const older = mergeInteraction(first, insights(T1, { summary: 'old', transcriptText: 'hello' }), ids());
    expect(older.interaction.insights).toMatchObject({
      summary: 'new',
      transcriptText: 'hello',
      modifiedAt: T2,
    });
    expect(older.interaction.metadata.insightsModifiedAt).toBe(T2);
    const newer = mergeInteraction(older.interaction, insights(T3, { summary: 'newest' }), ids());
    expect(newer.interaction.insights).toMatchObject({
      summary: 'newest',
      transcriptText: 'hello',
      modifiedAt: T3,
    });
    expect(newer.interaction.metadata.insightsModifiedAt).toBe(T3);
  });

  it('applies the same rule to insight-derived metadata', () => {
    const first = apply([upsert({ aiSummary: 'new', insightsModifiedAt: T2, extractedTasks: [] })]);
    const r = mergeInteraction(
      first,
      upsert({
        aiSummary: 'old',
        transcript: 'text',
        extractedTasks: [{ title: 'call back' }],
        insightsModifiedAt: T1,
      }),
      ids(),
    ).interaction;
    expect(r.metadata.aiSummary).toBe('new');
    expect(r.metadata.transcript).toBe('text');
    expect(r.metadata.extractedTasks).toEqual([{ title: 'call back' }]);
    const later = mergeInteraction(
      r,
      upsert({ aiSummary: 'newest', insightsModifiedAt: T3 }),
      ids(),
    ).interaction;
    expect(later.metadata.aiSummary).toBe('newest');
  });

  it('merges insights without modification times field by field, patch winning', () => {
    const r = apply([
      upsert({}, { insights: { summary: 'a', extra: { qna: 1 } } }),
      upsert({}, { insights: { summary: 'b', extra: { topics: 2 } } }),
    ]);
    expect(r.insights).toEqual({ summary: 'b', extra: { qna: 1, topics: 2 } });
  });
});

it('deepEqual compares JSON values structurally', () => {
  expect(deepEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
  expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  expect(deepEqual([], {}) || deepEqual(null, {})).toBe(false);
});
