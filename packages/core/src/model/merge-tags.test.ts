import { describe, expect, it } from 'vitest';
import type { Interaction } from './interaction.js';
import { mergeInteraction } from './merge.js';
import { apply, ids, T1, T2, upsert } from './merge.test-util.js';

// Tags as your own upserts (no lastEventAt) and records stored before `tagsSeen` see them.

describe('mergeTags: upserts that are not events, records from before tagsSeen', () => {
  it('an upsert that is not an event adds again a tag a newer whole list dropped, once', () => {
    const added = mergeInteraction(null, upsert({ tags: ['vip'] }), ids('2026-03-01T10:00:00.000Z'));
    const listed = mergeInteraction(
      added.interaction,
      upsert({ tags: ['x'], tagsAt: '2026-03-01T10:05:00.000Z', lastEventAt: '2026-03-01T10:05:00.000Z' }),
      ids('2026-03-01T10:06:00.000Z'),
    );
    expect(listed.interaction.metadata.tags).toEqual(['x']);
    const again = mergeInteraction(
      listed.interaction,
      upsert({ tags: ['vip'] }),
      ids('2026-03-01T10:10:00.000Z'),
    );
    expect(again.interaction.metadata.tags).toEqual(['x', 'vip']);
    const repeated = mergeInteraction(
      again.interaction,
      upsert({ tags: ['vip'] }),
      ids('2026-03-01T10:20:00.000Z'),
    );
    expect(repeated.changed).toBe(false);
  });

  it('a record from before tagsSeen keeps its tags in their order when one is added', () => {
    const first = mergeInteraction(null, upsert({ callState: 'ended', lastEventAt: T1 }), ids()).interaction;
    const { tagsSeen: _seen, ...metadata } = first.metadata as Record<string, unknown>;
    const stored: Interaction = { ...first, metadata: { ...metadata, tags: ['vip', 'angry'] } };
    const byEvent = mergeInteraction(stored, upsert({ tags: ['callback'], lastEventAt: T2 }), ids());
    expect(byEvent.interaction.metadata.tags).toEqual(['vip', 'angry', 'callback']);
    const byUpsert = mergeInteraction(stored, upsert({ tags: ['callback'] }), ids());
    expect(byUpsert.interaction.metadata.tags).toEqual(['vip', 'angry', 'callback']);
    // A whole list still replaces them.
    const listed = mergeInteraction(
      byEvent.interaction,
      upsert({ tags: ['x'], tagsAt: T2, lastEventAt: T2 }),
      ids(),
    );
    expect(listed.interaction.metadata.tags).toEqual(['x']);
  });

  it('keeps tags and agents named like Object members (__proto__, constructor), in any order', () => {
    const events = [
      upsert({ lastEventAt: T1, tags: ['__proto__', 'vip'] }),
      upsert({ tags: ['constructor', 'toString'] }),
      upsert({ lastEventAt: T2, agent: { id: '__proto__', name: 'Ann' } }),
      upsert({ lastEventAt: T1, agent: { id: '__proto__', email: 'ann@example.com' } }),
    ];
    const merged = apply(events);
    expect([...(merged.metadata.tags ?? [])].sort()).toEqual(['__proto__', 'constructor', 'toString', 'vip']);
    expect(merged.metadata.agent).toEqual({ id: '__proto__', name: 'Ann', email: 'ann@example.com' });
    const again = apply([...events].reverse());
    expect(again.metadata.agent).toEqual(merged.metadata.agent);
    expect(JSON.parse(JSON.stringify(again.metadata.tagsSeen)).added).toHaveProperty('__proto__', T1);
  });
});
