import { createHmac } from 'node:crypto';
import { setHmacEngine, type Tenant, webCryptoHmac } from '@callbridge/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import type { RingoverSettings } from '../src/settings.js';
import { SEED_COMPAT_SECRET, seedCompatPayload } from '../src/testing.js';
import { makeBridge } from './helpers.js';

// A seed-format webhook posted without a tenant key names its tenant in `tenant_id`. Whoever does
// not hold a compat secret must not learn from the answer (its status, code, text or cost) which
// tenant ids exist: the request is verified first, and only a verified one may hear
// `unknown_tenant`.

const URL_NO_KEY = 'https://crm.example.com/api/v1/webhooks/ringover';

function seedBody(tenantId: string): string {
  return seedCompatPayload.replace('"tenant-1"', JSON.stringify(tenantId));
}

async function postSeed(
  bridge: { handle(r: Request): Promise<Response> },
  tenantId: string,
  secret: string | null,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = seedBody(tenantId);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret !== null)
    headers['x-ringover-signature'] = createHmac('sha256', secret).update(body).digest('hex');
  const res = await bridge.handle(new Request(URL_NO_KEY, { method: 'POST', headers, body }));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function bridgeWith(defaults: RingoverSettings, tenants: Tenant[]) {
  return makeBridge({ provider: ringover(defaults), tenants }).bridge;
}

afterEach(() => setHmacEngine(null));

describe('seed-format webhook without a tenant key', () => {
  it('answers 401 to an unverifiable request whatever its tenant_id, unknown ones included', async () => {
    const bridge = bridgeWith({ compat: { enabled: true, secrets: SEED_COMPAT_SECRET } }, [
      { id: 'tenant-1', key: 'k1' },
    ]);
    for (const secret of ['not-the-secret', null]) {
      const known = await postSeed(bridge, 'tenant-1', secret);
      const unknown = await postSeed(bridge, 'tenant-9', secret);
      expect(known.status).toBe(401);
      expect(unknown).toEqual(known);
    }
  });

  it('answers unknown_tenant (404) only once the provider-wide compat secret verified the request', async () => {
    const bridge = bridgeWith({ compat: { enabled: true, secrets: SEED_COMPAT_SECRET } }, [
      { id: 'tenant-1', key: 'k1' },
    ]);
    const unknown = await postSeed(bridge, 'tenant-9', SEED_COMPAT_SECRET);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'unknown_tenant' } });
    expect((await postSeed(bridge, 'tenant-1', SEED_COMPAT_SECRET)).status).toBe(200);
  });

  it('with per-tenant compat secrets, the refusal is the same for a tenant with compat, one without, an unknown one and a misconfigured one', async () => {
    const bridge = bridgeWith({}, [
      {
        id: 'with-compat',
        key: 'k1',
        providers: { ringover: { compat: { enabled: true, secrets: 'own' } } },
      },
      { id: 'without-compat', key: 'k2' },
      { id: 'no-secret', key: 'k3', providers: { ringover: { compat: { enabled: true } } } },
      { id: 'invalid', key: 'k4', providers: { ringover: { compat: { enabled: 'yes' } } } },
    ]);
    for (const secret of ['not-the-secret', SEED_COMPAT_SECRET, null]) {
      const answers = await Promise.all(
        ['with-compat', 'without-compat', 'no-secret', 'invalid', 'nobody'].map((id) =>
          postSeed(bridge, id, secret),
        ),
      );
      expect(answers[0]?.status).toBe(401);
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    }
    // The tenant's own secret still works without a key.
    expect((await postSeed(bridge, 'with-compat', 'own')).status).toBe(200);
  });

  it('a tenant with its own compat secret refuses the provider-wide one with 401, not 404', async () => {
    const bridge = bridgeWith({ compat: { enabled: true, secrets: SEED_COMPAT_SECRET } }, [
      { id: 'tenant-1', key: 'k1', providers: { ringover: { compat: { secrets: 'own' } } } },
    ]);
    expect(await postSeed(bridge, 'tenant-1', SEED_COMPAT_SECRET)).toMatchObject({
      status: 401,
      body: { code: 'signature_invalid' },
    });
    expect((await postSeed(bridge, 'tenant-1', 'own')).status).toBe(200);
  });

  it('does the same verification work for a known and an unknown tenant_id', async () => {
    const configs: Array<[RingoverSettings, Tenant[]]> = [
      [{ compat: { enabled: true, secrets: SEED_COMPAT_SECRET } }, [{ id: 'tenant-1', key: 'k1' }]],
      [
        {},
        [
          {
            id: 'tenant-1',
            key: 'k1',
            providers: { ringover: { compat: { enabled: true, secrets: 'own' } } },
          },
        ],
      ],
    ];
    for (const [defaults, tenants] of configs) {
      const bridge = bridgeWith(defaults, tenants);
      let hmacs = 0;
      setHmacEngine({
        sign(algorithm, key, data) {
          hmacs += 1;
          return webCryptoHmac.sign(algorithm, key, data);
        },
      });
      const work = async (tenantId: string) => {
        hmacs = 0;
        await postSeed(bridge, tenantId, 'not-the-secret');
        return hmacs;
      };
      const known = await work('tenant-1');
      expect(known).toBeGreaterThan(0);
      expect(await work('tenant-9')).toBe(known);
    }
  });

  it('does the same verification work whatever the length of the rotation lists', async () => {
    // An HMAC of a large body takes milliseconds: a tenant listing more secrets than the
    // provider-wide settings must not answer measurably later than an unknown tenant_id.
    const configs: Array<[RingoverSettings, Tenant[]]> = [
      [
        { compat: { enabled: true, secrets: SEED_COMPAT_SECRET } },
        [
          {
            id: 'tenant-1',
            key: 'k1',
            providers: {
              ringover: { compat: { enabled: true, secrets: ['own-new', 'own-old', 'own-older'] } },
            },
          },
        ],
      ],
      [
        { compat: { enabled: true, secrets: ['a', 'b', 'c'] } },
        [{ id: 'tenant-1', key: 'k1', providers: { ringover: { compat: { enabled: false } } } }],
      ],
    ];
    for (const [defaults, tenants] of configs) {
      const bridge = bridgeWith(defaults, tenants);
      let hmacs = 0;
      setHmacEngine({
        sign(algorithm, key, data) {
          hmacs += 1;
          return webCryptoHmac.sign(algorithm, key, data);
        },
      });
      const work = async (tenantId: string) => {
        hmacs = 0;
        await postSeed(bridge, tenantId, 'not-the-secret');
        return hmacs;
      };
      const known = await work('tenant-1');
      expect(await work('tenant-9')).toBe(known);
    }
  });

  it('honours every secret of a tenant rotation list, and never the stand-in key that pads the work', async () => {
    const bridge = bridgeWith({}, [
      {
        id: 'tenant-1',
        key: 'k1',
        providers: { ringover: { compat: { enabled: true, secrets: ['own-new', 'own-old'] } } },
      },
    ]);
    expect((await postSeed(bridge, 'tenant-1', 'own-new')).status).toBe(200);
    expect((await postSeed(bridge, 'tenant-1', 'own-old')).status).toBe(200);
    expect((await postSeed(bridge, 'tenant-1', 'callbridge-ringover-compat-stand-in')).status).not.toBe(200);
  });
});
