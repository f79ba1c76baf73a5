import type { ProviderRuntime, RecordingFetch } from '@callbridge/core';
import { type RingoverSettings, resolveRingoverSettings } from '../settings.js';
import { tenantSettings } from './tenant.js';

/** True for `ringover.com` and its subdomains over https: the only hosts that may see the API key. */
export function isRingoverHost(url: string): boolean {
  const parsed = new URL(url);
  return (
    parsed.protocol === 'https:' &&
    (parsed.hostname === 'ringover.com' || parsed.hostname.endsWith('.ringover.com'))
  );
}

/**
 * The recording fetcher of Ringover: private recording links need the API key of the record's
 * tenant (bare in `Authorization`). The key is only ever sent to Ringover's own hosts; other URLs
 * are fetched as they are.
 */
export function ringoverRecordingFetch(
  runtime: Pick<ProviderRuntime, 'tenants'>,
  defaults: RingoverSettings,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): RecordingFetch {
  return async (url, init, context) => {
    const headers = new Headers(init.headers);
    if (isRingoverHost(url)) {
      const tenant = await runtime.tenants.byId(context.tenantId);
      const apiKey = tenant
        ? resolveRingoverSettings(tenantSettings(defaults, tenant)).apiKey
        : defaults.apiKey;
      if (apiKey) headers.set('authorization', apiKey);
    }
    return fetchImpl(url, { ...init, headers });
  };
}
