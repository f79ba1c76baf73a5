import type { CallbridgeClientError } from '../errors.js';
import { useCallback, useEffect, useState } from '../react.js';

/** State of a request made by a hook. */
export interface ResourceState<T> {
  data: T | null;
  loading: boolean;
  error: CallbridgeClientError | null;
}

/** What the single-resource hooks return. */
export interface ResourceResult<T> extends ResourceState<T> {
  /** Fetches again. */
  reload(): void;
  /** Replaces the data locally, e.g. with an Interaction received on the event stream. */
  setData(data: T | ((current: T | null) => T | null)): void;
}

/**
 * Loads `load()` whenever `key` changes (null: nothing to load), aborting the previous request.
 * `key` must capture every input of `load` so effects depend on a primitive only. `data` is null
 * from the render where `key` changes until the new key's data arrives (a `reload()` of the same
 * key keeps showing the current data). `keepCurrent(current, loaded)` tells when the data shown
 * (e.g. a live update given to `setData` while the request was in flight) is newer than the answer.
 */
export function useResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  keepCurrent?: (current: T, loaded: T) => boolean,
): ResourceResult<T> {
  // The state remembers which key it belongs to, so another key's data is never shown.
  const [state, setState] = useState<ResourceState<T> & { key: string | null }>({
    key,
    data: null,
    loading: key !== null,
    error: null,
  });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for every input of `load`.
  useEffect(() => {
    if (key === null) {
      setState({ key, data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    const mine = (s: { key: string | null; data: T | null }) => (s.key === key ? s.data : null);
    setState((s) => ({ key, data: mine(s), loading: true, error: null }));
    load(controller.signal).then(
      (data) =>
        !controller.signal.aborted &&
        setState((s) => {
          const current = mine(s);
          return {
            key,
            data: current && keepCurrent?.(current, data) ? current : data,
            loading: false,
            error: null,
          };
        }),
      (error: CallbridgeClientError) =>
        !controller.signal.aborted && setState((s) => ({ key, data: mine(s), loading: false, error })),
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback<ResourceResult<T>['setData']>(
    (next) =>
      setState((s) => ({
        ...s,
        data: typeof next === 'function' ? (next as (c: T | null) => T | null)(s.data) : next,
      })),
    [],
  );
  const { data, loading, error } =
    state.key === key ? state : { data: null, loading: key !== null, error: null };
  return { data, loading, error, reload, setData };
}
