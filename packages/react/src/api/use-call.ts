import type { CallStats, Interaction } from '@callbridge/core';
import type { CallsClient, StatsRange } from './client.js';
import { useCallsClient } from './context.js';
import { type ResourceResult, useResource } from './use-resource.js';

const iso = (d: string | Date) => (d instanceof Date ? d.toISOString() : d);

/**
 * One call by id (null or undefined: nothing loaded). `setData` applies a live update, e.g. from
 * `useEventStream`'s `call_ai_completed` when `interaction.id === id`.
 */
export function useCall(
  id: string | null | undefined,
  options: { client?: CallsClient } = {},
): ResourceResult<Interaction> {
  const client = useCallsClient(options.client);
  return useResource(id ? `call:${id}` : null, (signal) => client.get(id as string, { signal }));
}

/** Call statistics over `[from, to)`; reloads when the range changes. */
export function useCallStats(
  range: StatsRange,
  options: { client?: CallsClient } = {},
): ResourceResult<CallStats> {
  const client = useCallsClient(options.client);
  const from = iso(range.from);
  const to = iso(range.to);
  return useResource(`stats:${from}:${to}`, (signal) => client.stats({ from, to }, { signal }));
}
