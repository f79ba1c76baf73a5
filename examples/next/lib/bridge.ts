import {
  type CallBridge,
  createCallBridge,
  MemoryCaseResolver,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { enableNodeCrypto, resolveHostWithDns } from '@callbridge/core/node';
import { processBridge } from '@callbridge/next';
import { ringover } from '@callbridge/ringover';
import { authenticate } from './auth';

const secret = process.env.RINGOVER_WEBHOOK_SECRET ?? 'ringover-dev-secret';

function build(): CallBridge {
  // The route runs on the nodejs runtime: compute webhook HMACs with node:crypto.
  enableNodeCrypto();
  const bridge = createCallBridge({
    basePath: '/api/callbridge',
    providers: [ringover({ secrets: { callEvents: secret }, compat: { enabled: true, secrets: secret } })],
    tenants: staticTenants([{ id: 'tenant-a', key: 'tenant-a' }]),
    contacts: new MemoryContactDirectory([
      {
        id: 'c-a-1',
        tenantId: 'tenant-a',
        firstName: 'Claire',
        lastName: 'Lambert',
        displayName: 'Claire Lambert',
        company: 'Lambert SPRL',
        phones: [{ number: '+32470123456', type: 'mobile' }],
      },
    ]),
    cases: new MemoryCaseResolver([
      {
        id: 'case-a-1',
        tenantId: 'tenant-a',
        contactId: 'c-a-1',
        title: 'Bail commercial',
        status: 'open',
        updatedAt: '2026-11-01T09:00:00Z',
      },
    ]),
    defaultRegion: 'BE',
    // Recording URLs whose name resolves to this machine or a private network are not fetched.
    recordings: { resolveHost: resolveHostWithDns },
    authenticate,
  });
  return bridge;
}

/**
 * One bridge per server process: the route handlers and the page are separate bundles, each with
 * its own copy of this module (and `next dev` evaluates it again on every reload), and they all
 * get this bridge. It is started except during `next build`.
 */
export const bridge: CallBridge = processBridge('example-next', build);
