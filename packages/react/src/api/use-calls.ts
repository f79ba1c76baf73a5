import type { Interaction } from '@callbridge/core';
import type { CallbridgeClientError } from '../errors.js';
import { useCallback, useEffect, useRef, useState } from '../react.js';
import type { CallFilters, CallsClient } from './client.js';
import { useCallsClient } from './context.js';
import { toIso } from './iso.js';

/** What {@link useCalls} returns. */
export interface UseCallsResult {
  /** Calls loaded so far, newest first. */
  items: Interaction[];
  nextCursor: string | null;
  hasMore: boolean;
  /** True while the first page loads (from the render where the filters or the client change: `items` is empty). */
  loading: boolean;
  /** True while `loadMore` fetches the next page. */
  loadingMore: boolean;
  error: CallbridgeClientError | null;
  /** Appends the next page (no-op without a cursor or while loading). */
  loadMore(): void;
  /**
   * Reloads from the first page, e.g. on the stream's `resync`. The items stay on screen meanwhile
   * (`loading` is true); the first page then replaces them.
   */
  reload(): void;
  /**
   * Merges a call received live (e.g. from `useEventStream`): replaces the item with the same id
   * unless ours is newer; inserts a new one in occurredAt order only if it matches the filters.
   */
  upsert(interaction: Interaction): void;
}

interface State {
  items: Interaction[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: CallbridgeClientError | null;
  /** The filters `items` were loaded for: a load of the same ones is a reload. */
  key: string | null;
  /** The client they were loaded with: another client (account, tenant) starts empty too. */
  client: CallsClient | null;
  /** Calls upserted while the first page loads: they survive the page that replaces the list. */
  live: Interaction[];
}

/** What is shown while the first page of other filters loads. */
const FRESH = { items: [], nextCursor: null, loading: true, loadingMore: false, error: null };

/** Sorted by occurredAt descending, then id descending, like the server. */
const newerFirst = (a: Interaction, b: Interaction) =>
  b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id);

/** Merges `incoming` into `items` by id, keeping the higher `version`. */
export function mergeInteractions(items: Interaction[], incoming: Interaction[]): Interaction[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const next of incoming) {
    const current = byId.get(next.id);
    if (!current || next.version >= current.version) byId.set(next.id, next);
  }
  return [...byId.values()].sort(newerFirst);
}

/** True when a call passes the list filters (the server's semantics: `to` exclusive). */
export function matchesFilters(interaction: Interaction, filters: CallFilters): boolean {
  const m = interaction.metadata;
  const at = Date.parse(interaction.occurredAt);
  const from = toIso(filters.from);
  const to = toIso(filters.to);
  return (
    (!filters.direction || m.direction === filters.direction) &&
    (!filters.source || interaction.source === filters.source) &&
    (!filters.contactId || interaction.contactId === filters.contactId) &&
    (!filters.caseId || interaction.caseId === filters.caseId) &&
    (!filters.callType || m.callType === filters.callType) &&
    (!from || at >= Date.parse(from)) &&
    (!to || at < Date.parse(to))
  );
}

/**
 * Lists calls with filters and cursor paging. Effects depend on the filter values, not on the
 * object's identity, so an inline `{ direction: 'inbound' }` does not refetch on every render.
 */
export function useCalls(filters: CallFilters = {}, options: { client?: CallsClient } = {}): UseCallsResult {
  const client = useCallsClient(options.client);
  const normalized = { ...filters, from: toIso(filters.from), to: toIso(filters.to) };
  const key = JSON.stringify(Object.entries(normalized).sort(([a], [b]) => a.localeCompare(b)));
  const [state, setState] = useState<State>({ ...FRESH, key: null, client: null, live: [] });
  const [version, setVersion] = useState(0);
  // Latest values for callbacks; the effect below runs after the render whose `key` they match.
  const current = useRef({
    filters: normalized as CallFilters,
    controller: null as AbortController | null,
    state,
    busy: false,
  });
  current.current.state = state;
  // An invalid Date is null here: the URL and matchesFilters leave it out.
  current.current.filters = normalized as CallFilters;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filter values.
  useEffect(() => {
    const controller = new AbortController();
    current.current.controller = controller;
    current.current.busy = false;
    // A reload (same filters, e.g. on resync) keeps the list on screen, so timeline items keep
    // their state (an open player) until the first page replaces it; other filters start empty.
    setState((s) => ({
      ...(s.key === key && s.client === client ? s : { items: [], nextCursor: null }),
      key,
      client,
      live: [],
      loading: true,
      loadingMore: false,
      error: null,
    }));
    client.list(current.current.filters, { signal: controller.signal }).then(
      (page) =>
        !controller.signal.aborted &&
        setState((s) => ({
          ...s,
          // Later pages loaded before may be stale (a resync): the first page replaces them.
          items: mergeInteractions(page.items, s.live),
          nextCursor: page.nextCursor,
          loading: false,
        })),
      (error: CallbridgeClientError) =>
        !controller.signal.aborted && setState((s) => ({ ...s, loading: false, error })),
    );
    return () => controller.abort();
  }, [client, key, version]);

  const loadMore = useCallback(() => {
    const ref = current.current;
    const { state: s, controller, filters: f } = ref;
    if (!s.nextCursor || s.loading || ref.busy || !controller) return;
    ref.busy = true;
    const done = () => {
      if (current.current.controller === controller) current.current.busy = false;
    };
    setState((prev) => ({ ...prev, loadingMore: true, error: null }));
    client.list({ ...f, cursor: s.nextCursor }, { signal: controller.signal }).then(
      (page) => {
        done();
        if (controller.signal.aborted) return;
        setState((prev) => ({
          ...prev,
          items: mergeInteractions(prev.items, page.items),
          nextCursor: page.nextCursor,
          loadingMore: false,
        }));
      },
      (error: CallbridgeClientError) => {
        done();
        if (!controller.signal.aborted) setState((prev) => ({ ...prev, loadingMore: false, error }));
      },
    );
  }, [client]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const upsert = useCallback((interaction: Interaction) => {
    const matches = matchesFilters(interaction, current.current.filters);
    setState((s) =>
      matches || s.items.some((i) => i.id === interaction.id)
        ? {
            ...s,
            items: mergeInteractions(s.items, [interaction]),
            live: s.loading ? [...s.live, interaction] : s.live,
          }
        : s,
    );
  }, []);

  // From the render where the filters or the client change (before the effect resets the state),
  // the previous items are not shown: nothing, loading, like the state the effect sets.
  const { key: shownKey, client: shownClient, live: _live, ...rest } = state;
  const shown = shownKey === key && shownClient === client ? rest : FRESH;
  return { ...shown, hasMore: shown.nextCursor !== null, loadMore, reload, upsert };
}
