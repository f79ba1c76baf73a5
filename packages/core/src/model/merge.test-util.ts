// Shared by the merge tests: times, an upsert builder, and `apply` (the events merged in order).
import type { Interaction, InteractionMetadata, InteractionUpsert } from './interaction.js';
import { mergeInteraction } from './merge.js';

export const T0 = '2026-03-01T10:00:00.000Z';
export const T1 = '2026-03-01T10:00:05.000Z';
export const T2 = '2026-03-01T10:02:39.000Z';
export const T3 = '2026-03-01T10:03:00.000Z';

let seq = 0;
export const ids = (now = '2026-03-01T12:00:00.000Z') => ({ id: () => `id-${++seq}`, now });

export function upsert(
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

export function apply(events: InteractionUpsert[]): Interaction {
  let current: Interaction | null = null;
  for (const event of events) current = mergeInteraction(current, event, ids()).interaction;
  if (!current) throw new Error('no events');
  return current;
}

/** Every order of `items`. */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
