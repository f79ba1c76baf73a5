// How the recording download reaches the audio: one hop at a time, each target checked first.
import {
  MAX_RECORDING_REDIRECTS,
  type PrivateHosts,
  type ResolveHost,
  recordingUrlRefusal,
  resolvedHostRefusal,
} from './recording-url.js';

/**
 * Drops an answer's body unread. A body that already broke off (a reset connection, a reader that
 * stopped at its limit) rejects the cancellation with its error: there is nothing left to release,
 * and the answer is judged by its status and headers all the same.
 */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** A download's answer, or why it stopped before fetching (`hop` 0 is the recording URL itself). */
export type Fetched = { response: Response } | { refusal: string; retryable: boolean; hop: number };

/**
 * Fetches `url`, following redirects one hop at a time so each target passes the same checks:
 * the URL rules of `recordingUrlRefusal` and, with `resolveHost`, the addresses its name resolves
 * to. Throws what the fetcher throws.
 */
export async function fetchFollowingRedirects(
  url: string,
  fetchOnce: (url: string, hop: number) => Promise<Response>,
  checks: { allowPrivate: PrivateHosts; resolveHost: ResolveHost | undefined; signal: AbortSignal },
): Promise<Fetched> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const resolved = checks.resolveHost
      ? await resolvedHostRefusal(current, checks.resolveHost, checks.signal, checks.allowPrivate)
      : null;
    if (resolved !== null) return { refusal: resolved.why, retryable: resolved.retryable, hop };
    const response = await fetchOnce(current, hop);
    const location =
      response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return { response };
    await discardBody(response);
    const next = new URL(location, current).href;
    const refused = recordingUrlRefusal(next, checks.allowPrivate);
    if (refused !== null || hop >= MAX_RECORDING_REDIRECTS) {
      return {
        refusal: refused ?? `redirects more than ${MAX_RECORDING_REDIRECTS} times`,
        retryable: false,
        hop: hop + 1,
      };
    }
    current = next;
  }
}
