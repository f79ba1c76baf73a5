import { useEffect, useRef, useState } from '../react.js';

/** A recording URL and the handlers that refresh it when a signed URL has expired. */
export interface RecordingUrl {
  url: string | null;
  /**
   * True when the recording cannot be played: `getUrl` gave no URL, or it failed even after a
   * refresh. Not with neither `src` nor `getUrl`: there is nothing to play, which is no failure.
   */
  failed: boolean;
  /** Call from the media `error` event: re-asks `getUrl` once; resolves true when it did. */
  onMediaError(): Promise<boolean>;
  /** Call once media loaded: a later error may refresh again. */
  onMediaLoaded(): void;
}

/**
 * Resolves the URL to play: `src`, else `await getUrl()`; an empty one from `getUrl` is `failed`
 * (neither `src` nor `getUrl` is nothing to play, not `failed`). On a media error (e.g. an
 * expired signed URL answering 403) it calls `getUrl` again, once until the new URL has loaded;
 * when that fails or returns the URL that just failed (or none), the recording is `failed`. When `retryKey` changes while the recording is `failed` (e.g. it was still
 * downloading and is now stored), it resolves the URL again; `reloadMedia` is called when that
 * gives the URL already set, which the element would not load again by itself.
 */
export function useRecordingUrl(
  src: string | null | undefined,
  getUrl: (() => string | Promise<string>) | undefined,
  retryKey?: unknown,
  reloadMedia?: () => void,
): RecordingUrl {
  // An empty src is none: `<audio src="">` would make the browser fetch the page itself.
  const [url, setUrl] = useState<string | null>(src || null);
  const [failed, setFailed] = useState(false);
  const [retries, setRetries] = useState(0);
  const getUrlRef = useRef(getUrl);
  getUrlRef.current = getUrl;
  const urlRef = useRef(url);
  urlRef.current = url;
  const refreshed = useRef(false);
  const hasGetUrl = Boolean(getUrl);

  // On mount `failed` is false: only a change of retryKey after a failure retries.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when retryKey changes.
  useEffect(() => {
    if (failed) setRetries((n) => n + 1);
  }, [retryKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: getUrl is read from a ref; only its presence matters.
  useEffect(() => {
    refreshed.current = false;
    setFailed(false);
    const use = (next: string | null) => {
      if (retries && next === urlRef.current) reloadMedia?.();
      setUrl(next || null);
      setFailed(!next);
    };
    const resolve = getUrlRef.current;
    if (src || !resolve) {
      // Nothing to play is not a failure (the player says "No recording."): a src or getUrl that
      // comes later must not render once as failed before this effect runs again.
      if (src) use(src);
      else setUrl(null);
      return;
    }
    let cancelled = false;
    Promise.resolve(resolve()).then(
      (next) => !cancelled && use(next),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [src, hasGetUrl, retries]);

  // Plain functions: the component only calls them from its media event handlers.
  const onMediaError = async () => {
    const refresh = getUrlRef.current;
    if (!refresh || refreshed.current) {
      setFailed(true);
      return false;
    }
    refreshed.current = true;
    try {
      const next = await refresh();
      // The same URL would not reload the media, so no second error could ever come: give up now.
      if (next && next !== urlRef.current) {
        setUrl(next);
        return true;
      }
    } catch {}
    setFailed(true);
    return false;
  };
  const onMediaLoaded = () => {
    refreshed.current = false;
    setFailed(false);
  };

  return { url, failed, onMediaError, onMediaLoaded };
}
