import { describe, expect, it } from 'vitest';
import type { Interaction, InteractionMetadata, InteractionUpsert } from './interaction.js';
import { deepEqual, mergeInteraction } from './merge.js';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:00:05.000Z';
const T2 = '2026-03-01T10:02:39.000Z';
const T3 = '2026-03-01T10:03:00.000Z';

let seq = 0;
const ids = (now = '2026-03-01T12:00:00.000Z') => ({ id: () => `id-${++seq}`, now });

function upsert(
  metadata: InteractionMetadata,
  overrides: Partial<InteractionUpsert> = {},
): InteractionUpsert {
  return {
    tenantId: 't1',
    source: 'RINGOVER',
    sourceRecordId: '12345678901234567890',
    eventType: 'CALL',
    occurredAt: T0,
    contactId: null,
    caseId: null,
    metadata,
    insights: null,
    locale: 'en',
    ...overrides,
  };
}

function apply(events: InteractionUpsert[]): Interaction {
  let current: Interaction | null = null;
  for (const event of events) current = mergeInteraction(current, event, ids()).interaction;
  if (!current) throw new Error('no events');
  return current;
}

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

describe('mergeInteraction: statuses, tags and links', () => {
  it('never sends a work status back to its initial value', () => {
    const stored = apply([upsert({ recordingStatus: 'stored', transcriptStatus: 'completed' })]);
    const r = mergeInteraction(
      stored,
      upsert({ recordingStatus: 'available', transcriptStatus: 'pending' }),
      ids(),
    );
    expect(r.changed).toBe(false);
    const failed = apply([upsert({ recordingStatus: 'failed' }), upsert({ recordingStatus: 'available' })]);
    expect(failed.metadata.recordingStatus).toBe('available');
  });

  it('keeps the union of tags', () => {
    const tags = apply([upsert({ tags: ['a', 'b'] }), upsert({ tags: ['b', 'c'] })]).metadata.tags;
    expect(tags).toEqual(['a', 'b', 'c']);
  });

  it('lets the newest whole tag list (tagsAt) replace the tags, in every arrival order', () => {
    const lists = [
      upsert({ tags: ['a', 'b'], tagsAt: T0 }),
      upsert({ tags: ['b'], tagsAt: T2 }),
      upsert({ tags: ['c'], tagsAt: T1 }),
      // Same time as the newest: the larger list as JSON wins, whatever arrives first.
      upsert({ tags: ['a'], tagsAt: T2 }),
    ];
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ];
    for (const order of orders) {
      const r = apply(order.map((i) => lists[i]!));
      expect(r.metadata.tags).toEqual(['b']);
      expect(r.metadata.tagsAt).toBe(T2);
    }
    // An empty newest list removes every tag.
    expect(apply([lists[0]!, upsert({ tags: [], tagsAt: T3 })]).metadata.tags).toEqual([]);
  });

  it('sets contactId and caseId from a non-null patch and keeps them on null', () => {
    const linked = apply([upsert({}), upsert({}, { contactId: 'c1', caseId: 'k1' }), upsert({})]);
    expect(linked.contactId).toBe('c1');
    expect(linked.caseId).toBe('k1');
    // The same contact without a case keeps the stored case.
    const same = mergeInteraction(linked, upsert({}, { contactId: 'c1' }), ids()).interaction;
    expect(same).toMatchObject({ contactId: 'c1', caseId: 'k1' });
  });

  it('takes the case of a new contact, even none: the case always belongs to the contact', () => {
    const linked = apply([upsert({}, { contactId: 'c1', caseId: 'k1' })]);
    const relinked = mergeInteraction(linked, upsert({}, { contactId: 'c2' }), ids()).interaction;
    expect(relinked).toMatchObject({ contactId: 'c2', caseId: null });
    const withCase = mergeInteraction(linked, upsert({}, { contactId: 'c2', caseId: 'k2' }), ids());
    expect(withCase.interaction).toMatchObject({ contactId: 'c2', caseId: 'k2' });
  });

  it('keeps one recording link whatever the order: credentials first, then the newer event', () => {
    const link = (url: string, requiresAuth: boolean, at: string) =>
      upsert({
        recordingUrl: url,
        recordingRequiresAuth: requiresAuth,
        recordingAt: at,
        recordingStatus: 'available',
      });
    const publicNew = link('https://cdn.example/public.mp3', false, T3);
    const privateOld = link('https://api.example/private-old.mp3', true, T1);
    const privateNew = link('https://api.example/private-new.mp3', true, T2);
    const twin = link('https://api.example/private-twin.mp3', true, T2);
    for (const order of permutations([publicNew, privateOld, privateNew])) {
      expect(apply(order).metadata).toMatchObject({
        recordingUrl: 'https://api.example/private-new.mp3',
        recordingRequiresAuth: true,
        recordingAt: T2,
      });
    }
    // Equal times: the larger URL, in both orders.
    expect(apply([privateNew, twin]).metadata.recordingUrl).toBe('https://api.example/private-twin.mp3');
    expect(apply([twin, privateNew]).metadata.recordingUrl).toBe('https://api.example/private-twin.mp3');
  });

  it('keeps the voicemail link of a voicemail whose public link loses to a stored credentialed recording', () => {
    // Ringover: the hangup brings a private recording link, voicemail_available a public one.
    const hangup = upsert({
      recordingUrl: 'https://api.example/private-record.mp3',
      recordingRequiresAuth: true,
      recordingAt: T1,
      recordingStatus: 'available',
    });
    const voicemail = upsert({
      recordingUrl: 'https://cdn.example/voicemail.mp3',
      recordingRequiresAuth: false,
      recordingAt: T2,
      recordingStatus: 'available',
      voicemailUrl: 'https://cdn.example/voicemail.mp3',
    });
    for (const order of permutations([hangup, voicemail])) {
      expect(apply(order).metadata).toMatchObject({
        recordingUrl: 'https://api.example/private-record.mp3',
        voicemailUrl: 'https://cdn.example/voicemail.mp3',
      });
    }
  });

  it('keeps an exact answeredAt against an estimate in every order, and lets an exact one replace an estimate', () => {
    const answered = upsert({
      callType: 'answered',
      callState: 'in_progress',
      answeredAt: T1,
      answeredAtEstimated: false,
    });
    // The end of the call works the answer time out from its duration: a later moment, an estimate.
    const hangup = upsert({
      callType: 'answered',
      callState: 'ended',
      answeredAt: T2,
      answeredAtEstimated: true,
      endedAt: T3,
    });
    for (const order of [
      [answered, hangup],
      [hangup, answered],
    ]) {
      expect(apply(order).metadata).toMatchObject({
        answeredAt: T1,
        answeredAtEstimated: false,
        callState: 'ended',
      });
    }
    // Two exact times: the later moment of the call wins, as for every lifecycle key.
    const exactEnd = upsert({
      callType: 'answered',
      callState: 'ended',
      answeredAt: T2,
      answeredAtEstimated: false,
    });
    expect(apply([answered, exactEnd]).metadata.answeredAt).toBe(T2);
    expect(apply([exactEnd, answered]).metadata.answeredAt).toBe(T2);
  });

  it('lets a guessed link (linkIsGuess) fill a record without a contact but never replace one', () => {
    const guess = upsert({}, { contactId: 'guessed', caseId: 'kg', linkIsGuess: true });
    expect(apply([upsert({}), guess])).toMatchObject({ contactId: 'guessed', caseId: 'kg' });
    const known = upsert({}, { contactId: 'known', caseId: null });
    // Both orders end on the known link.
    expect(apply([known, guess])).toMatchObject({ contactId: 'known', caseId: null });
    expect(apply([guess, known])).toMatchObject({ contactId: 'known', caseId: null });
    expect(mergeInteraction(apply([known]), guess, ids()).changed).toBe(false);
  });
});

it('deepEqual compares JSON values structurally', () => {
  expect(deepEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
  expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  expect(deepEqual([], {}) || deepEqual(null, {})).toBe(false);
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
