import { CallbridgeError, isCallbridgeError, type RecordingFetch } from '@callbridge/core';
import type { RingCentralClient } from '../client/platform-client.js';
import { hasCredentials, type ResolvedSettings } from '../settings.js';

/** The account id a media URL names (`…/restapi/v1.0/account/<id>/recording/…`), or null. */
export function accountOfMediaUrl(url: string): string | null {
  const id = /\/account\/([^/?]+)\//.exec(url)?.[1];
  return id && id !== '~' ? id : null;
}

/**
 * True when `url` may receive a tenant's bearer token: RingCentral's own hosts over https
 * (`media.ringcentral.com`, `platform.ringcentral.com` and the other `*.ringcentral.com`), or the
 * origin of the configured `server` (a sandbox or a mock platform). Anything else never sees it.
 */
export function isRingCentralHost(url: string, server?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (server !== undefined) {
    try {
      if (parsed.origin === new URL(server).origin) return true;
    } catch {
      // an unparsable server names no host
    }
  }
  return (
    parsed.protocol === 'https:' &&
    (parsed.hostname === 'ringcentral.com' || parsed.hostname.endsWith('.ringcentral.com'))
  );
}

/**
 * The recording fetcher the provider registers in `runtime.recordingFetchers`: GET the media
 * `contentUri` with the bearer token of the record's tenant (`context.tenantId`), paced in the
 * Heavy group, 429 and 5xx retried by the client. The token is only sent to RingCentral's hosts
 * (see `isRingCentralHost`); another host, or a tenant without credentials, rejects with a
 * `configuration_error` and nothing is sent. Like `fetch`, it resolves with a response whatever
 * its status, so core's download job decides what to retry; the body is returned unread, to be
 * streamed. Redirects come back unfollowed (core checks each target, then asks again with
 * `context.hop` > 0); a redirect target off RingCentral's hosts is fetched without the token.
 */
export function createRecordingFetcher(options: {
  /** The settings of one tenant (global ones merged), or null when the directory has no such tenant. */
  settingsOf?(tenantId: string): Promise<ResolvedSettings | null>;
  /**
   * Settings of every managed tenant (credentials may be absent), searched by `tenantId` when
   * `settingsOf` is not given.
   */
  tenantSettings?(): Promise<ResolvedSettings[]>;
  clientOf(settings: ResolvedSettings): RingCentralClient;
  /**
   * The fetch of a redirect target off RingCentral's hosts, sent without the token: the provider's
   * `fetch` option (a proxy, say), the one its platform client uses. Default: the global fetch.
   */
  fetch?: typeof fetch;
}): RecordingFetch {
  const plainFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  async function settingsOf(tenantId: string): Promise<ResolvedSettings | null> {
    if (options.settingsOf) return options.settingsOf(tenantId);
    const all = (await options.tenantSettings?.()) ?? [];
    return all.find((s) => s.tenantId === tenantId) ?? null;
  }
  return async (url, init, context) => {
    const settings = await settingsOf(context.tenantId);
    if (!settings || !hasCredentials(settings)) {
      throw new CallbridgeError(
        'configuration_error',
        `No RingCentral credentials for tenant "${context.tenantId}": its recording cannot be downloaded.`,
        {
          hint: `Set clientId, clientSecret and jwt in tenant "${context.tenantId}" providers.ringcentral (or in ringcentral(options)).`,
          details: { tenantId: context.tenantId },
        },
      );
    }
    // A redirect the download follows to another host (a CDN, a signed storage URL) gets no token,
    // as a browser drops `Authorization` on a cross-origin redirect; core has checked its target.
    if ((context.hop ?? 0) > 0 && !isRingCentralHost(url, settings.server)) {
      return plainFetch(url, { redirect: 'manual', ...(init.signal ? { signal: init.signal } : {}) });
    }
    if (!isRingCentralHost(url, settings.server)) {
      throw new CallbridgeError(
        'configuration_error',
        `Refusing to send tenant "${context.tenantId}"'s RingCentral token to ${hostOf(url)}: not a RingCentral host.`,
        {
          hint: 'Recording URLs must be on https://*.ringcentral.com (media.ringcentral.com) or on the configured `server`.',
          details: { tenantId: context.tenantId, host: hostOf(url) },
        },
      );
    }
    try {
      return await options.clientOf(settings).send({
        method: 'GET',
        url,
        group: 'heavy',
        what: 'download recording',
        retryServerErrors: true,
        // The download's timeout and the queue closing end the request and its waits.
        ...(init.signal ? { signal: init.signal } : {}),
        // Core follows redirects itself, checking each target first.
        ...(init.redirect === 'manual' ? { redirect: 'manual' as const } : {}),
      });
    } catch (error) {
      const status = isCallbridgeError(error) ? error.details?.upstreamStatus : undefined;
      if (typeof status === 'number') return new Response(null, { status });
      throw error;
    }
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}
