import type { CallStats, Interaction } from '@callbridge/core';
import type { CallsClient, StatsRange } from './client.js';
import { useCallsClient } from './context.js';
import { toIso } from './iso.js';
import { type ResourceResult, useResource } from './use-resource.js';

/** A number per client, in the resource key: another client (account, tenant) loads anew. */
let count = 0;
const tags = new WeakMap<CallsClient, number>();
const tagOf = (client: CallsClient) => tags.get(client) ?? tags.set(client, ++count).get(client);

/** A live update of a higher `version` is newer than an answer read before it. */
const newerVersion = (current: Interaction, loaded: Interaction) => current.version > loaded.version;

/**
 * One call by id (null or undefined: nothing loaded). `setData` applies a live update, e.g. from
 * `useEventStream`'s `call_ai_completed` when `interaction.id === id`; an answer that arrives
 * later with a lower `version` does not replace it.
 */
export function useCall(
  id: string | null | undefined,
  options: { client?: CallsClient } = {},
): ResourceResult<Interaction> {
  const client = useCallsClient(options.client);
  return useResource(
    id ? `c${tagOf(client)}:${id}` : null,
    (signal) => client.get(id as string, { signal }),
    newerVersion,
  );
}

/** Call statistics over `[from, to)`; reloads when the range changes. */
export function useCallStats(
  range: StatsRange,
  options: { client?: CallsClient } = {},
): ResourceResult<CallStats> {
  const client = useCallsClient(options.client);
  // An invalid Date is null: the request goes without it and its error is the hook's.
  const from = toIso(range.from) as string;
  const to = toIso(range.to) as string;
  return useResource(`s${tagOf(client)}:${from}:${to}`, (signal) => client.stats({ from, to }, { signal }));
}
