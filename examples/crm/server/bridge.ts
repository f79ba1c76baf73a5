import { join } from 'node:path';
import {
  type CallBridge,
  createCallBridge,
  type Logger,
  type StoresConfig,
  staticTenants,
} from '@callbridge/core';
import { FsBlobStore } from '@callbridge/core/node';
import { createRedisPorts, type RedisPorts } from '@callbridge/redis';
import { ringcentral } from '@callbridge/ringcentral';
import { ringover } from '@callbridge/ringover';
import type { createAuth } from './auth.js';
import type { AppConfig } from './config.js';
import type { Database } from './db.js';
import { demoAiPorts } from './demo-ai.js';
import { TENANTS } from './seed-data.js';

export interface AppBridge {
  bridge: CallBridge;
  redis: RedisPorts | null;
}

/**
 * The whole pipeline, configured the way a CRM would: both providers, the CRM's own contact and
 * case tables, Postgres (or PGlite) stores, a filesystem blob store for recordings, and Redis for
 * dedupe, fan-out and jobs when REDIS_URL is set.
 */
export function buildBridge(
  config: AppConfig,
  db: Database,
  auth: ReturnType<typeof createAuth>,
  logger: Logger,
): AppBridge {
  const redis = config.redisUrl
    ? createRedisPorts({ url: config.redisUrl, prefix: 'callbridge-demo:', logger })
    : null;
  const stores: StoresConfig = {
    interactions: db.stores.interactions,
    eventLog: db.stores.eventLog,
    checkpoints: db.stores.checkpoints,
    dedupe: redis?.dedupe ?? db.stores.dedupe,
    blobs: new FsBlobStore({ directory: join(config.dataDir, 'blobs') }),
    ...(redis ? { broadcaster: redis.broadcaster, jobs: redis.jobs } : {}),
  };
  const secret = config.ringoverSecret;
  const bridge = createCallBridge({
    providers: [
      ringover({
        secrets: { callEvents: secret, contactCall: secret, contactSearch: secret, routingIvr: secret },
        // The seed's flat payload signed with a hex HMAC; on in the demo so its curl works as written.
        compat: { enabled: true, secrets: secret },
      }),
      ringcentral({
        verificationToken: config.ringcentralVerificationToken,
        accountId: config.ringcentralAccountId,
        background: false,
      }),
    ],
    tenants: staticTenants(TENANTS.map((t) => ({ id: t.id, key: t.key }))),
    authenticate: (request) => auth.authenticate(request),
    contacts: db.contacts,
    cases: db.cases,
    stores,
    ai: demoAiPorts(),
    defaultRegion: 'BE',
    locale: process.env.LOCALE ?? 'en',
    // `?token=` stream tokens (POST /demo/stream-token) get a secret of their own, apart from the
    // login tokens' (CALLBRIDGE_JWT_SECRET). They are bound to this bridge's audience,
    // `callbridge:/api/v1` (`stream.tokenAudience`): another bridge given the same secret at the
    // same base path would set a `tokenAudience` of its own, so neither accepts the other's tokens.
    stream: { tokenSecret: config.streamTokenSecret, heartbeatMs: 15_000 },
    // The simulator's recordings are served by this app on its own host (/demo-audio), which the
    // download refuses by default: that one host is allowed, no other private one. A deployment
    // downloading from the provider leaves this out and passes
    // `recordings: { resolveHost: resolveHostWithDns }` (from '@callbridge/core/node').
    recordings: { allowPrivateHosts: [config.host] },
    logger,
  });
  return { bridge, redis };
}
