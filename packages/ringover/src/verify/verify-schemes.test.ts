import { describe, expect, it } from 'vitest';
import { ringoverFixtures, seedCompatPayload } from '../testing/fixtures.js';
import { signRingoverWebhook } from '../testing/sign.js';
import { verifyRingoverWebhook } from './verify.js';
import { body, failure, KEYS, NOW, options, URL_ } from './verify-harness.test-util.js';

describe('V3 HMAC (opt-in)', () => {
  const v3 = { enabled: true };

  it('accepts a fresh V3 signature over method + URL + body + timestamp', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents, {
      scheme: 'v3',
      url: URL_,
      now: NOW - 10_000,
    });
    const result = await verifyRingoverWebhook({ body, headers, url: URL_, method: 'POST' }, options({ v3 }));
    expect(result).toMatchObject({ scheme: 'v3', keyIndex: 0 });
  });

  it('rejects a stale timestamp: signature_expired', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents, {
      scheme: 'v3',
      url: URL_,
      now: NOW - 301_000,
    });
    const e = await failure(verifyRingoverWebhook({ body, headers, url: URL_ }, options({ v3 })));
    expect(e.code).toBe('signature_expired');
  });

  it('rejects another URL, a wrong key, and is ignored unless enabled', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents, { scheme: 'v3', url: URL_, now: NOW });
    const other = { body, headers, url: `${URL_}x` };
    expect((await failure(verifyRingoverWebhook(other, options({ v3 })))).code).toBe('signature_invalid');
    const wrong = await signRingoverWebhook(body, 'nope', { scheme: 'v3', url: URL_, now: NOW });
    expect(
      (await failure(verifyRingoverWebhook({ body, headers: wrong, url: URL_ }, options({ v3 })))).code,
    ).toBe('signature_invalid');
    expect((await failure(verifyRingoverWebhook({ body, headers, url: URL_ }, options()))).code).toBe(
      'signature_missing',
    );
  });

  it('behind a proxy, a V3 mismatch names `publicUrl`, and `publicUrl` makes it verify', async () => {
    // V3 signs the URL Ringover posted to; behind a proxy the request arrives on another origin.
    const headers = await signRingoverWebhook(body, KEYS.callEvents, { scheme: 'v3', url: URL_, now: NOW });
    const internal = { body, headers, url: 'http://10.0.0.5:3000/api/v1/webhooks/ringover/acme' };
    const e = await failure(verifyRingoverWebhook(internal, options({ v3 })));
    expect(e.code).toBe('signature_invalid');
    expect(e.message).toContain('publicUrl');
    await expect(
      verifyRingoverWebhook(internal, options({ v3, publicUrl: 'https://crm.example.com' })),
    ).resolves.toMatchObject({ scheme: 'v3' });
  });

  it('requires V3 when configured so', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents);
    const e = await failure(
      verifyRingoverWebhook({ body, headers }, options({ v3: { enabled: true, required: true } })),
    );
    expect(e.code).toBe('signature_missing');
  });

  it('`required` alone turns V3 on: a JWT-only delivery is refused, a V3 one accepted', async () => {
    const jwt = await signRingoverWebhook(body, KEYS.callEvents);
    const e = await failure(
      verifyRingoverWebhook({ body, headers: jwt }, options({ v3: { required: true } })),
    );
    expect(e.code).toBe('signature_missing');
    const signed = await signRingoverWebhook(body, KEYS.callEvents, { scheme: 'v3', url: URL_, now: NOW });
    await expect(
      verifyRingoverWebhook({ body, headers: signed, url: URL_ }, options({ v3: { required: true } })),
    ).resolves.toMatchObject({ scheme: 'v3' });
    // An explicit `enabled: false` (a tenant turning off a provider-wide V3) still wins.
    await expect(
      verifyRingoverWebhook({ body, headers: jwt }, options({ v3: { enabled: false, required: true } })),
    ).resolves.toMatchObject({ scheme: 'jwt' });
  });
});

describe('contact search key', () => {
  const search = ringoverFixtures['search/contact'];

  it('accepts Bearer base64(key) and the raw key, constant-time', async () => {
    const bearer = await signRingoverWebhook(search, KEYS.contactSearch, { scheme: 'api-key' });
    await expect(verifyRingoverWebhook({ body: search, headers: bearer }, options())).resolves.toMatchObject({
      scheme: 'api-key',
      block: 'contactSearch',
    });
    for (const headers of [
      { 'x-ringover-webhook-signature': KEYS.contactSearch },
      { Authorization: KEYS.contactSearch },
    ]) {
      await expect(verifyRingoverWebhook({ body: search, headers }, options())).resolves.toMatchObject({
        scheme: 'api-key',
      });
    }
  });

  it('also accepts a JWT signed with the contact search key', async () => {
    const headers = await signRingoverWebhook(search, KEYS.contactSearch);
    await expect(verifyRingoverWebhook({ body: search, headers }, options())).resolves.toMatchObject({
      scheme: 'jwt',
      block: 'contactSearch',
    });
    const wrong = await signRingoverWebhook(search, KEYS.callEvents);
    expect((await failure(verifyRingoverWebhook({ body: search, headers: wrong }, options()))).code).toBe(
      'signature_wrong_key_block',
    );
  });

  it('rejects a missing, wrong or other-block key', async () => {
    expect((await failure(verifyRingoverWebhook({ body: search, headers: {} }, options()))).code).toBe(
      'signature_missing',
    );
    const wrong = await signRingoverWebhook(search, 'nope', { scheme: 'api-key' });
    expect((await failure(verifyRingoverWebhook({ body: search, headers: wrong }, options()))).code).toBe(
      'signature_invalid',
    );
    const other = await signRingoverWebhook(search, KEYS.callEvents, { scheme: 'api-key' });
    expect((await failure(verifyRingoverWebhook({ body: search, headers: other }, options()))).code).toBe(
      'signature_wrong_key_block',
    );
  });
});

describe('unsigned IVR response codes', () => {
  const ivr = ringoverFixtures['call/ivr_response_code'];

  it('are refused by default', async () => {
    const e = await failure(verifyRingoverWebhook({ body: ivr, headers: {}, url: URL_ }, options()));
    expect(e.code).toBe('signature_missing');
    expect(e.message).toContain('ivr.urlSecrets');
  });

  it('are accepted only through the secret URL segment', async () => {
    const settings = options({ ivr: { urlSecrets: ['ivr-url-secret-xyz'] } });
    await expect(
      verifyRingoverWebhook({ body: ivr, headers: {}, url: `${URL_}/ivr-url-secret-xyz` }, settings),
    ).resolves.toMatchObject({ scheme: 'ivr-url-secret' });
    expect(
      (await failure(verifyRingoverWebhook({ body: ivr, headers: {}, url: `${URL_}/guess` }, settings))).code,
    ).toBe('signature_invalid');
  });

  it('are verified with the routing + IVR key when signed', async () => {
    const headers = await signRingoverWebhook(ivr, KEYS.routingIvr);
    await expect(verifyRingoverWebhook({ body: ivr, headers }, options())).resolves.toMatchObject({
      scheme: 'jwt',
      block: 'routingIvr',
    });
  });
});

describe('seed compatibility mode', () => {
  it('accepts the seed payload with its hex HMAC when enabled', async () => {
    const headers = await signRingoverWebhook(seedCompatPayload, 'compat-secret', { scheme: 'compat' });
    const result = await verifyRingoverWebhook(
      { body: seedCompatPayload, headers },
      options({ compat: { enabled: true, secrets: 'compat-secret' } }),
    );
    expect(result).toMatchObject({ scheme: 'compat', block: 'compat' });
  });

  it('rejects it when compat is off, and a wrong HMAC when on', async () => {
    const headers = await signRingoverWebhook(seedCompatPayload, 'compat-secret', { scheme: 'compat' });
    expect((await failure(verifyRingoverWebhook({ body: seedCompatPayload, headers }, options()))).code).toBe(
      'signature_scheme_unsupported',
    );
    const on = options({ compat: { enabled: true, secrets: 'compat-secret' } });
    const tampered = seedCompatPayload.replace('120', '121');
    expect((await failure(verifyRingoverWebhook({ body: tampered, headers }, on))).code).toBe(
      'signature_invalid',
    );
  });

  it('never accepts a Ringover envelope signed with the compat secret (per-block keys still apply)', async () => {
    const on = options({ compat: { enabled: true, secrets: 'compat-secret' } });
    for (const type of ['call/hangup', 'search/contact'] as const) {
      const envelope = ringoverFixtures[type];
      const headers = await signRingoverWebhook(envelope, 'compat-secret', { scheme: 'compat' });
      const e = await failure(verifyRingoverWebhook({ body: envelope, headers, url: URL_ }, on));
      expect(e.code).toMatch(/^signature_(missing|invalid)$/);
    }
    // the real signature of the same envelope is still accepted with compat on
    const envelope = ringoverFixtures['call/hangup'];
    const headers = await signRingoverWebhook(envelope, KEYS.callEvents);
    expect(await verifyRingoverWebhook({ body: envelope, headers, url: URL_ }, on)).toMatchObject({
      scheme: 'jwt',
      block: 'callEvents',
    });
  });
});
