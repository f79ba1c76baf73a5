import { CallbridgeError, type Logger } from '@callbridge/core';
import { hasCredentials, type ResolvedSettings } from '../settings.js';
import type { Clock } from './clock.js';
import { RingCentralClient } from './platform-client.js';

/**
 * The platform clients of a provider, one per server, credentials and Heavy-group pace, so
 * tenants with the same app share its token and its rate-limit pacing.
 */
export function clientCache(options: {
  clock: Clock;
  fetch?: typeof fetch;
  logger(): Logger | undefined;
}): (settings: ResolvedSettings) => RingCentralClient {
  const clients = new Map<string, RingCentralClient>();
  return (settings) => {
    if (!hasCredentials(settings)) {
      throw new CallbridgeError(
        'configuration_error',
        'RingCentral clientId, clientSecret and jwt are not set.',
        {
          hint: 'Set them in ringcentral(options) or in tenant.providers.ringcentral.',
        },
      );
    }
    const key = [settings.server, settings.clientId, settings.jwt, settings.heavyPerMinute].join('\n');
    let client = clients.get(key);
    if (!client) {
      const l = options.logger();
      client = new RingCentralClient({
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        jwt: settings.jwt,
        server: settings.server,
        rateLimits: { heavy: settings.heavyPerMinute },
        clock: options.clock,
        ...(l ? { logger: l } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      clients.set(key, client);
    }
    return client;
  };
}
