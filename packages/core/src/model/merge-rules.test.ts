import { describe, expect, it } from 'vitest';
import { mergeInteraction } from './merge.js';
import { apply, ids, permutations, T0, T1, T2, T3, upsert } from './merge.test-util.js';

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

  it('changes nothing when an upsert that is not an event adds the same tags again later', () => {
    const first = mergeInteraction(null, upsert({ tags: ['vip'] }), ids('2026-03-01T12:00:00.000Z'));
    const again = mergeInteraction(
      first.interaction,
      upsert({ tags: ['vip'] }),
      ids('2026-03-01T13:00:00.000Z'),
    );
    expect(again.changed).toBe(false);
    expect(again.interaction.metadata.tags).toEqual(['vip']);
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

  it('keeps the newest comment (commentsAt), in every arrival order', () => {
    const comments = [
      upsert({ comments: 'first draft', commentsAt: T0 }),
      upsert({ comments: 'Client satisfait', commentsAt: T2 }),
      upsert({ comments: 'Rappeler demain', commentsAt: T1 }),
      // Same time as the newest: the larger text wins, whatever arrives first.
      upsert({ comments: 'Appel court', commentsAt: T2 }),
    ];
    for (const order of permutations([0, 1, 2, 3])) {
      const r = apply(order.map((i) => comments[i]!));
      expect(r.metadata.comments, order.join(',')).toBe('Client satisfait');
      expect(r.metadata.commentsAt).toBe(T2);
    }
    // A comment without a time (an integrator's own patch) still replaces the stored one.
    expect(apply([comments[1]!, upsert({ comments: 'edited' })]).metadata.comments).toBe('edited');
  });

  it('dates an edit without a time when it is merged, so an earlier comment delivered again does not undo it', () => {
    const provider = upsert({ comments: 'Client satisfait', commentsAt: T1 });
    const edited = mergeInteraction(
      apply([provider]),
      upsert({ comments: 'Appel court' }),
      ids(T2),
    ).interaction;
    expect(edited.metadata).toMatchObject({ comments: 'Appel court', commentsAt: T2 });
    // The provider's comment again (a retried delivery, a later text at the same time): the edit stays.
    const again = mergeInteraction(edited, upsert({ comments: 'Zed', commentsAt: T1 }), ids(T3));
    expect(again.interaction.metadata.comments).toBe('Appel court');
    // The same edit again changes nothing, not even the version.
    expect(mergeInteraction(edited, upsert({ comments: 'Appel court' }), ids(T3)).changed).toBe(false);
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
