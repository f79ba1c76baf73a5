import { describe, expect, it } from 'vitest';
import type { Interaction, InteractionUpsert } from './interaction.js';
import { mergeInteraction } from './merge.js';
import { ids, T0, T1, upsert } from './merge.test-util.js';

// A store that keeps records as JSON documents need not keep their keys in order: Postgres jsonb
// orders an object's keys by length, then bytes. Two values of one field with the same stamp are
// told apart by their content, which must not depend on the key order the store gave back, or
// the record would depend on which event arrived first (invariant 3).

/** What jsonb does to key order: shorter keys first, then by bytes; nested objects too. */
function jsonbOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map(jsonbOrder) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, jsonbOrder((value as Record<string, unknown>)[k])])) as T;
}

/** Applies the events in order, the record going through the store's key order between writes. */
function applyStored(events: InteractionUpsert[]): Interaction {
  let current: Interaction | null = null;
  for (const event of events) current = jsonbOrder(mergeInteraction(current, event, ids()).interaction);
  if (!current) throw new Error('no events');
  return current;
}

const insightsEvent = (speaker: string, label: 'positive' | 'negative', score: number) =>
  upsert(
    { callType: 'answered', direction: 'inbound', lastEventAt: T1 },
    {
      insights: {
        modifiedAt: T1,
        transcript: [{ speaker, start: 0, end: 1, text: 'hello' }],
        sentiment: { score, label },
      },
      occurredAt: T0,
    },
  );

describe('equal stamps, a store that reorders keys', () => {
  it('two insights of the same modifiedAt give one record in either order', () => {
    const a = insightsEvent('alice', 'positive', 0.5);
    const b = insightsEvent('bob', 'negative', -0.5);
    const ab = applyStored([a, b]);
    const ba = applyStored([b, a]);
    expect(ab.insights?.transcript).toEqual(ba.insights?.transcript);
    expect(ab.insights?.sentiment).toEqual(ba.insights?.sentiment);
  });
});
