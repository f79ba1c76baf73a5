import {
  type BlobStore,
  type CallBridge,
  createCallBridge,
  type DedupeStore,
  type Logger,
  MemoryBlobStore,
  MemoryCheckpointStore,
  staticTenants,
} from '@callbridge/core';
import { type RingCentralOptions, ringcentral } from '@callbridge/ringcentral';
import { FakeClock, FIXTURE_ACCOUNT_ID, FIXTURE_VERIFICATION_TOKEN } from '@callbridge/ringcentral/testing';

/** Settings every test tenant uses (msw answers for these credentials). */
export const SETTINGS = {
  clientId: 'client-id',
  clientSecret: 'client-secret',
  jwt: 'jwt-credential',
  accountId: FIXTURE_ACCOUNT_ID,
  verificationToken: FIXTURE_VERIFICATION_TOKEN,
} as const;

/** A bridge with in-memory stores, one tenant (t1, key k1) and the RingCentral provider. */
export function makeBridge(
  options: {
    clock?: FakeClock;
    provider?: RingCentralOptions;
    checkpoints?: MemoryCheckpointStore;
    blobs?: BlobStore;
    /** The bridge's DedupeStore (default: its own in-memory one). */
    dedupe?: DedupeStore;
    background?: boolean;
    logger?: Logger;
  } = {},
) {
  const clock = options.clock ?? new FakeClock();
  const provider = ringcentral({
    ...SETTINGS,
    clock,
    background: false,
    tenantIds: ['t1'],
    ...options.provider,
  });
  const bridge: CallBridge = createCallBridge({
    providers: [provider],
    tenants: staticTenants([{ id: 't1', key: 'k1' }], { defaultTenantId: 't1' }),
    authenticate: () => ({ tenantId: 't1', userId: 'u1' }),
    contacts: { findByPhone: async () => null, search: async () => [] },
    stores: {
      checkpoints: options.checkpoints ?? new MemoryCheckpointStore(),
      blobs: options.blobs ?? new MemoryBlobStore(),
      ...(options.dedupe ? { dedupe: options.dedupe } : {}),
    },
    background: options.background ?? false,
    now: () => clock.now(),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { bridge, provider, clock };
}

/** Posts a RingCentral notification to the bridge's webhook route. */
export function postWebhook(
  bridge: CallBridge,
  body: unknown,
  headers: Record<string, string> = { 'Verification-Token': FIXTURE_VERIFICATION_TOKEN },
): Promise<Response> {
  return bridge.handle(
    new Request('https://crm.example.com/api/v1/webhooks/ringcentral/k1', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
      body: JSON.stringify(body),
    }),
  );
}
