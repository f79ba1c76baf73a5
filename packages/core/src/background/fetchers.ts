import { CallbridgeError } from '../errors.js';
import type { ProviderName, Source } from '../model/call-event.js';

/** Which recording is fetched: lets a provider pick the credentials of the record's tenant. */
export interface RecordingFetchContext {
  tenantId: string;
  source: Source;
  sourceRecordId: string;
  /** The provider's recording id, when it sent one. */
  recordingId: string | null;
  /**
   * 0 for the recording URL itself, then 1, 2... for each redirect the download follows (it asks
   * for `redirect: 'manual'` and checks every target itself). A fetcher that adds credentials adds
   * them on its provider's own hosts only: a redirect elsewhere (a CDN, a signed storage URL) is
   * fetched without them, as a browser drops `Authorization` on a cross-origin redirect.
   */
  hop?: number;
}

/**
 * Fetches a provider's recording with its credentials (a bearer token, a signed URL, ...).
 * Same contract as `fetch`: resolves with the response, whatever its status. It is called with
 * `redirect: 'manual'` and should hand a redirect back as it came (status and `Location`), so the
 * download checks each target before it follows it.
 */
export type RecordingFetch = (
  url: string,
  init: RequestInit,
  context: RecordingFetchContext,
) => Promise<Response>;

/**
 * Per-provider recording fetchers. A provider whose recording URLs need authentication registers
 * one in `setup(runtime)`; the download job uses it for that provider's calls and plain `fetch`
 * for every other URL.
 */
export interface RecordingFetchers {
  /** Registers the fetcher of `provider`, replacing an earlier one. */
  register(provider: ProviderName, fetch: RecordingFetch): void;
  /** The fetcher of `provider`, or undefined. */
  get(provider: ProviderName): RecordingFetch | undefined;
}

/** An empty registry of recording fetchers. */
export function createRecordingFetchers(): RecordingFetchers {
  const fetchers = new Map<ProviderName, RecordingFetch>();
  return {
    register(provider, fetch) {
      if (typeof fetch !== 'function') {
        throw new CallbridgeError(
          'configuration_error',
          `The recording fetcher of provider "${provider}" is not a function.`,
          {
            hint: 'Pass `(url, init, context) => Promise<Response>` to runtime.recordingFetchers.register().',
          },
        );
      }
      fetchers.set(provider, fetch);
    },
    get(provider) {
      return fetchers.get(provider);
    },
  };
}
