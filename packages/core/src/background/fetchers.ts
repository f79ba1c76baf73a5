import { CallbridgeError } from '../errors.js';
import type { ProviderName, Source } from '../model/call-event.js';

/** Which recording is fetched: lets a provider pick the credentials of the record's tenant. */
export interface RecordingFetchContext {
  tenantId: string;
  source: Source;
  sourceRecordId: string;
  /** The provider's recording id, when it sent one. */
  recordingId: string | null;
}

/**
 * Fetches a provider's recording with its credentials (a bearer token, a signed URL, ...).
 * Same contract as `fetch`: resolves with the response, whatever its status.
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
