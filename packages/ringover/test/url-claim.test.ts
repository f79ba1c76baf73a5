import type { Tenant } from '@callbridge/core';
import { mergeRingoverSettings, ringover, verifyRingoverWebhook } from '@callbridge/ringover';
import { ringoverFixtures, signRingoverWebhook } from '@callbridge/ringover/testing';
import { describe, expect, it } from 'vitest';
import { BASE, makeBridge, post } from './helpers.js';

/**
 * The JWT `url` claim ties a token to the endpoint (so the tenant) it was signed for. It is checked
 * when the token carries it; a token without it is accepted by default, as Ringover's documented
 * flat claims have none. `jwt.requireUrlClaim` refuses such tokens, for integrators whose tenants
 * share one key.
 */
const body = ringoverFixtures['call/hangup'];
const shared = 'one-key-for-every-tenant';
const tenants = (jwt?: { requireUrlClaim?: boolean }): Tenant[] =>
  ['acme', 'globex'].map((id) => ({
    id,
    key: `k-${id}`,
    providers: { ringover: { secrets: { callEvents: shared }, ...(jwt ? { jwt } : {}) } },
  }));

describe('JWT url claim', () => {
  it('by default a token without a url claim is accepted on any endpoint that has its key', async () => {
    const { bridge } = makeBridge({ provider: ringover(), tenants: tenants() });
    const headers = await signRingoverWebhook(body, shared); // no `url` option: no url claim
    expect((await post(bridge, body, headers, '/k-acme')).status).toBe(200);
    expect((await post(bridge, body, headers, '/k-globex')).status).toBe(200);
    await bridge.close();
  });

  it('a token whose url claim names another tenant is refused, with or without the setting', async () => {
    for (const jwt of [undefined, { requireUrlClaim: true }]) {
      const { bridge } = makeBridge({ provider: ringover(), tenants: tenants(jwt) });
      const headers = await signRingoverWebhook(body, shared, { url: `${BASE}/k-acme` });
      expect((await post(bridge, body, headers, '/k-acme')).status).toBe(200);
      const other = await post(bridge, body, headers, '/k-globex');
      expect(other.status).toBe(401);
      expect(await other.json()).toMatchObject({ code: 'signature_payload_mismatch' });
      await bridge.close();
    }
  });

  it('jwt.requireUrlClaim refuses a token without a url claim (401 signature_payload_mismatch)', async () => {
    const { bridge } = makeBridge({ provider: ringover(), tenants: tenants({ requireUrlClaim: true }) });
    for (const scheme of ['jwt', 'jwt-flat', 'jwt-bearer'] as const) {
      const headers = await signRingoverWebhook(body, shared, { scheme });
      const response = await post(bridge, body, headers, '/k-acme');
      expect(response.status).toBe(401);
      const answer = (await response.json()) as { code: string; detail: string };
      expect(answer.code).toBe('signature_payload_mismatch');
      expect(answer.detail).toContain('`url` claim');
      expect(answer.detail).not.toContain(shared);
    }
    await bridge.close();
  });

  it('jwt.requireUrlClaim as a provider default holds for every tenant, and a tenant can turn it off', async () => {
    const provider = ringover({ jwt: { requireUrlClaim: true } });
    const list = tenants();
    (list[1] as Tenant).providers = {
      ringover: { secrets: { callEvents: shared }, jwt: { requireUrlClaim: false } },
    };
    const { bridge } = makeBridge({ provider, tenants: list });
    const headers = await signRingoverWebhook(body, shared);
    expect((await post(bridge, body, headers, '/k-acme')).status).toBe(401);
    expect((await post(bridge, body, headers, '/k-globex')).status).toBe(200);
    await bridge.close();
    expect(mergeRingoverSettings({ jwt: { requireUrlClaim: true } }, { jwt: {} }).jwt).toEqual({
      requireUrlClaim: true,
    });
  });

  it('verifyRingoverWebhook with jwt.requireUrlClaim and no URL to compare with is a configuration error', async () => {
    const settings = { secrets: { callEvents: shared }, jwt: { requireUrlClaim: true } };
    const url = `${BASE}/k-acme`;
    const headers = await signRingoverWebhook(body, shared, { url });
    await expect(verifyRingoverWebhook({ body, headers, url }, { settings })).resolves.toMatchObject({
      scheme: 'jwt',
    });
    await expect(verifyRingoverWebhook({ body, headers }, { settings })).rejects.toMatchObject({
      code: 'configuration_error',
    });
  });
});
