import { isCallbridgeError, type RecordingFetch } from '@callbridge/core';
import type { RingCentralClient } from '../client/platform-client.js';
import { hasCredentials, type ResolvedSettings } from '../settings.js';

/** The account id a media URL names (`…/restapi/v1.0/account/<id>/recording/…`), or null. */
export function accountOfMediaUrl(url: string): string | null {
  const id = /\/account\/([^/?]+)\//.exec(url)?.[1];
  return id && id !== '~' ? id : null;
}

/**
 * The recording fetcher the provider registers in `runtime.recordingFetchers`: GET the media
 * `contentUri` with the bearer token of the tenant whose `accountId` the URL names (else the
 * first tenant with credentials), paced in the Heavy group, 429 and 5xx retried by the client.
 * Like `fetch`, it resolves with a response whatever its status, so core's download job decides
 * what to retry; the body is returned unread, to be streamed.
 */
export function createRecordingFetcher(options: {
  /** Settings of every managed tenant (credentials may be absent). */
  tenantSettings(): Promise<ResolvedSettings[]>;
  clientOf(settings: ResolvedSettings): RingCentralClient;
}): RecordingFetch {
  return async (url) => {
    const account = accountOfMediaUrl(url);
    const candidates = (await options.tenantSettings()).filter(hasCredentials);
    const settings = candidates.find((s) => account !== null && s.accountId === account) ?? candidates[0];
    if (!settings) {
      return new Response(null, { status: 401, statusText: 'No RingCentral credentials configured' });
    }
    try {
      return await options
        .clientOf(settings)
        .send({ method: 'GET', url, group: 'heavy', what: 'download recording', retryServerErrors: true });
    } catch (error) {
      const status = isCallbridgeError(error) ? error.details?.upstreamStatus : undefined;
      if (typeof status === 'number') return new Response(null, { status });
      throw error;
    }
  };
}
