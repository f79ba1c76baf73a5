import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '../background/recording-url.js';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory } from '../memory/contact-directory.js';
import { staticTenants } from '../memory/tenants.js';
import { resolveHostWithDns } from './resolve-host.js';

describe('resolveHostWithDns', () => {
  it('gives every address of a name through the system resolver, loopback for localhost', async () => {
    const addresses = await resolveHostWithDns('localhost');
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((address) => isPrivateHost(address))).toBe(true);
  });

  it('is accepted as recordings.resolveHost; anything else but a function is a configuration error', () => {
    const base = {
      providers: [],
      tenants: staticTenants([]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory([]),
    };
    expect(() =>
      createCallBridge({ ...base, recordings: { resolveHost: resolveHostWithDns } }),
    ).not.toThrow();
    expect(() =>
      createCallBridge({
        ...base,
        recordings: { resolveHost: 'dns' as unknown as typeof resolveHostWithDns },
      }),
    ).toThrow(/recordings\.resolveHost.*resolveHostWithDns/s);
  });
});
