import { createEventStreamClient, type EventStreamClient, type EventStreamClientOptions } from './client.js';
import type { GetHeaders, StreamListener } from './types.js';

/** One component's stake in a shared connection; read lazily so the latest props always win. */
export interface StreamSubscriber extends StreamListener {
  getHeaders(): GetHeaders | undefined;
  pauseWhenHidden(): boolean;
  fetch(): typeof fetch | undefined;
}

interface Entry {
  client: EventStreamClient;
  subscribers: Set<StreamSubscriber>;
}

const entries = new Map<string, Entry>();

/** A number per function, so a key can name a function by identity (0: none). */
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (f: object | undefined) => {
  if (f && !ids.has(f)) ids.set(f, ++lastId);
  return f ? ids.get(f) : 0;
};

/** The options that shape a connection: subscribers share one only when these are equal. */
export type SharedStreamOptions = Pick<
  EventStreamClientOptions,
  'credentials' | 'initialRetryMs' | 'maxRetryMs' | 'inactivityTimeoutMs'
>;

/**
 * Joins the one connection kept per URL, {@link SharedStreamOptions} (compared as passed) and
 * header source: the subscriber's `getHeaders` and `fetch` when it joins, compared by identity, so
 * a component never rides on another's credentials. It opens for the first subscriber, resuming
 * from `lastEventId`. Releasing the last subscriber closes it a microtask later, so React
 * StrictMode's unmount/remount reuses the same connection instead of opening a second one (and a
 * release that lets it pause applies a microtask later too). Each
 * (re)connect calls the first subscriber's current `getHeaders` and `fetch`. The connection runs
 * while any subscriber wants it running: it pauses on a hidden page only while every subscriber
 * allows it, which is checked again whenever one joins or leaves (and on `client.refreshPause()`,
 * when a subscriber's answer changed).
 */
export function acquireEventStream(
  url: string,
  subscriber: StreamSubscriber,
  options: SharedStreamOptions & { lastEventId?: string | null } = {},
): { client: EventStreamClient; release: () => void } {
  const key = JSON.stringify([
    url,
    options.credentials,
    options.initialRetryMs,
    options.maxRetryMs,
    options.inactivityTimeoutMs,
    idOf(subscriber.getHeaders()),
    idOf(subscriber.fetch()),
  ]);
  let entry = entries.get(key);
  if (!entry) {
    const subscribers = new Set<StreamSubscriber>();
    const pick = <T>(read: (s: StreamSubscriber) => T | undefined): T | undefined => {
      for (const s of subscribers) {
        const value = read(s);
        if (value) return value;
      }
      return undefined;
    };
    const client = createEventStreamClient(url, {
      ...options,
      getHeaders: () => pick((s) => s.getHeaders())?.(),
      fetch: (input, init) => (pick((s) => s.fetch()) ?? fetch)(input, init),
      pauseWhenHidden: () => [...subscribers].every((s) => s.pauseWhenHidden()),
    });
    entry = { client, subscribers };
    entries.set(key, entry);
  }
  const current = entry;
  current.subscribers.add(subscriber);
  const unlisten = current.client.listen(subscriber);
  current.client.open();
  // A subscriber that never pauses resumes a connection paused on a hidden page at once.
  current.client.refreshPause();
  let released = false;
  return {
    client: current.client,
    release() {
      if (released) return;
      released = true;
      unlisten();
      current.subscribers.delete(subscriber);
      // A microtask later, so a remount in the same commit (StrictMode, a new key) keeps it as it is.
      void Promise.resolve().then(() => {
        // The last one that kept the connection running on a hidden page may be gone: it may pause.
        if (current.subscribers.size > 0) return current.client.refreshPause();
        if (entries.get(key) !== current) return;
        entries.delete(key);
        current.client.close();
      });
    },
  };
}
