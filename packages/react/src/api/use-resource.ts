import { useCallback, useEffect, useState } from 'react';
import type { CallbridgeClientError } from '../errors.js';

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
 * `key` must capture every input of `load` so effects depend on a primitive only.
 */
export function useResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): ResourceResult<T> {
  const [state, setState] = useState<ResourceState<T>>({ data: null, loading: key !== null, error: null });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for every input of `load`.
  useEffect(() => {
    if (key === null) {
      setState({ data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true, error: null }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false, error: null }),
      (error: CallbridgeClientError) =>
        !controller.signal.aborted && setState((s) => ({ data: s.data, loading: false, error })),
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
  return { ...state, reload, setData };
}
