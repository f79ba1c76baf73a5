import { type CallbridgeError, hmacSign, parseJsonLossless, toBase64, toBase64Url } from '@callbridge/core';
import { CompactSign, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CALL_ID, ringoverFixtures } from '../testing/fixtures.js';
import { signRingoverWebhook } from '../testing/sign.js';
import { verifyRingoverJwt } from './jwt.js';
import { verifyRingoverWebhook } from './verify.js';
import { body, enc, failure, KEYS, NOW, options, URL_ } from './verify-harness.test-util.js';

async function jwtWithAlg(alg: string, claims: string, key: Uint8Array | CryptoKey): Promise<string> {
  return new CompactSign(enc.encode(claims)).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
}

const b64url = (s: string) =>
  toBase64(enc.encode(s)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('V1 JWT (HS512)', () => {
  it('accepts the {url, payload} claims and keeps the 64-bit call_id exact', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents, { url: URL_ });
    const result = await verifyRingoverWebhook({ body: enc.encode(body), headers, url: URL_ }, options());
    expect(result).toMatchObject({ scheme: 'jwt', block: 'callEvents', keyIndex: 0, type: 'call/hangup' });
    expect((result.body as { data: { call_id: string } }).data.call_id).toBe(FIXTURE_CALL_ID);
    expect((result.claims!.payload as { data: { call_id: string } }).data.call_id).toBe(FIXTURE_CALL_ID);
  });

  it('accepts the flat claims form and Authorization: Bearer', async () => {
    const flat = await signRingoverWebhook(body, KEYS.callEvents, { scheme: 'jwt-flat' });
    await expect(verifyRingoverWebhook({ body, headers: flat }, options())).resolves.toMatchObject({
      scheme: 'jwt',
    });
    const bearer = await signRingoverWebhook(body, KEYS.callEvents, { scheme: 'jwt-bearer' });
    expect(bearer['x-ringover-webhook-signature']).toBeUndefined();
    await expect(verifyRingoverWebhook({ body, headers: bearer }, options())).resolves.toMatchObject({
      scheme: 'jwt',
    });
  });

  it('flat claims: refuses a body that leaves out an envelope field the claims sign', async () => {
    const comment = ringoverFixtures['aftercall/comments_updated'];
    const headers = await signRingoverWebhook(comment, KEYS.callEvents, { scheme: 'jwt-flat' });
    await expect(verifyRingoverWebhook({ body: comment, headers }, options())).resolves.toMatchObject({
      scheme: 'jwt',
    });
    // The timestamp tells one edit of the comment from another, and `attempt` one delivery of it
    // from another: a body without them is not the one that was signed.
    for (const field of ['"timestamp":1767180300.1,', '"attempt":1,']) {
      expect(comment).toContain(field);
      const e = await failure(
        verifyRingoverWebhook({ body: comment.replace(field, ''), headers }, options()),
      );
      expect(e.code).toBe('signature_payload_mismatch');
    }
  });

  it('rejects a request without any signature header: signature_missing', async () => {
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'content-type': 'application/json' } }, options()),
    );
    expect(e.code).toBe('signature_missing');
    expect(e.message).toContain('X-Ringover-Webhook-Signature');
  });

  it('rejects alg none: signature_scheme_unsupported', async () => {
    const token = `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(`{"payload":${body}}`)}.`;
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'x-ringover-webhook-signature': token } }, options()),
    );
    expect(e.code).toBe('signature_scheme_unsupported');
  });

  it('rejects HS256 even with the right key: signature_algorithm_rejected', async () => {
    const token = await jwtWithAlg('HS256', `{"payload":${body}}`, enc.encode(KEYS.callEvents));
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'x-ringover-webhook-signature': token } }, options()),
    );
    expect(e.code).toBe('signature_algorithm_rejected');
    expect(e.message).toContain('HS256');
  });

  it('rejects RS256: signature_algorithm_rejected', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await jwtWithAlg('RS256', `{"payload":${body}}`, privateKey);
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'x-ringover-webhook-signature': token } }, options()),
    );
    expect(e.code).toBe('signature_algorithm_rejected');
  });

  it('rejects a body changed after signing: signature_payload_mismatch', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents);
    const tampered = body.replace('"duration_in_seconds":172', '"duration_in_seconds":1');
    const e = await failure(verifyRingoverWebhook({ body: tampered, headers }, options()));
    expect(e.code).toBe('signature_payload_mismatch');
    const flat = await signRingoverWebhook(body, KEYS.callEvents, { scheme: 'jwt-flat' });
    expect((await failure(verifyRingoverWebhook({ body: tampered, headers: flat }, options()))).code).toBe(
      'signature_payload_mismatch',
    );
  });

  it('compares the claims losslessly: a JS-rounded call_id in the claims is a mismatch', async () => {
    const rounded = body.replaceAll(FIXTURE_CALL_ID, String(Number(FIXTURE_CALL_ID)));
    expect(rounded).not.toBe(body);
    const headers = await signRingoverWebhook(rounded, KEYS.callEvents);
    expect((await failure(verifyRingoverWebhook({ body, headers }, options()))).code).toBe(
      'signature_payload_mismatch',
    );
  });

  it('accepts a `payload` claim sent as a JSON string, compared losslessly', async () => {
    const token = await jwtWithAlg('HS512', JSON.stringify({ payload: body }), enc.encode(KEYS.callEvents));
    const result = await verifyRingoverWebhook(
      { body, headers: { 'x-ringover-webhook-signature': token } },
      options(),
    );
    expect(result.scheme).toBe('jwt');
    const other = await jwtWithAlg(
      'HS512',
      JSON.stringify({ payload: body.replace('172', '173') }),
      enc.encode(KEYS.callEvents),
    );
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'x-ringover-webhook-signature': other } }, options()),
    );
    expect(e.code).toBe('signature_payload_mismatch');
  });

  it('rejects a wrong key: signature_invalid', async () => {
    const headers = await signRingoverWebhook(body, 'not-the-key');
    const e = await failure(verifyRingoverWebhook({ body, headers }, options()));
    expect(e.code).toBe('signature_invalid');
    expect(e.message).toContain('secrets.callEvents');
  });

  it("rejects another dashboard block's key: signature_wrong_key_block", async () => {
    const headers = await signRingoverWebhook(body, KEYS.contactCall);
    const e = await failure(verifyRingoverWebhook({ body, headers }, options()));
    expect(e.code).toBe('signature_wrong_key_block');
    expect(e.details).toEqual({ expectedBlock: 'callEvents', signedWithBlock: 'contactCall' });
    const lookup = ringoverFixtures['call/contact'];
    const lookupHeaders = await signRingoverWebhook(lookup, KEYS.callEvents);
    expect(
      (await failure(verifyRingoverWebhook({ body: lookup, headers: lookupHeaders }, options()))).code,
    ).toBe('signature_wrong_key_block');
  });

  it('accepts the old and the new key during a rotation', async () => {
    const settings = { secrets: { ...KEYS, callEvents: ['old-call-events-key', KEYS.callEvents] } };
    for (const [key, index] of [
      ['old-call-events-key', 0],
      [KEYS.callEvents, 1],
    ] as const) {
      const headers = await signRingoverWebhook(body, key);
      const result = await verifyRingoverWebhook({ body, headers }, { settings, now: () => NOW });
      expect(result.keyIndex).toBe(index);
    }
  });

  it('imports each key once and still tells every key apart on later requests', async () => {
    const settings = { secrets: { ...KEYS, callEvents: ['old-call-events-key', KEYS.callEvents] } };
    const right = await signRingoverWebhook(body, KEYS.callEvents);
    const wrong = await signRingoverWebhook(body, 'not-the-key');
    for (let round = 0; round < 3; round++) {
      const ok = await verifyRingoverWebhook({ body, headers: right }, { settings, now: () => NOW });
      expect(ok.keyIndex).toBe(1);
      expect((await failure(verifyRingoverWebhook({ body, headers: wrong }, options()))).code).toBe(
        'signature_invalid',
      );
    }
    // A key Web Crypto cannot import (empty; settings drop it, the JWT check alone does not) is
    // handed to jose as bytes, as before: rejected, now and on the next request.
    const token = right['x-ringover-webhook-signature'] as string;
    const keys = { callEvents: [''], contactCall: [], contactSearch: [], routingIvr: [] };
    for (let round = 0; round < 2; round++) {
      const check = { token, body: JSON.parse(body), keys, block: 'callEvents' as const };
      const e = await failure(
        verifyRingoverJwt({ ...check, type: 'call/hangup', expectedUrl: null, nowMs: NOW }),
      );
      expect(e.code).toBe('signature_invalid');
    }
  });

  it('decides tokens off the common path as jose does: headers, claims and encodings', async () => {
    const key = enc.encode(KEYS.callEvents);
    const nowS = NOW / 1000;
    const sign = (header: object, claims: string) =>
      new CompactSign(enc.encode(claims)).setProtectedHeader(header as { alg: string }).sign(key);
    const run = async (token: string) => {
      try {
        const result = await verifyRingoverJwt({
          token,
          body: parseJsonLossless(body),
          keys: { callEvents: [KEYS.callEvents], contactCall: [], contactSearch: [], routingIvr: [] },
          block: 'callEvents',
          type: 'call/hangup',
          expectedUrl: null,
          nowMs: NOW,
        });
        return `ok ${result.keyIndex} ${result.form}`;
      } catch (error) {
        // The code and the message's first sentence (the hint follows it).
        return `${(error as CallbridgeError).code}: ${(error as Error).message.split('. ')[0]}`;
      }
    };
    const claims = (extra: string) => `{${extra}"payload":${body}}`;
    const good = await sign({ alg: 'HS512' }, claims(''));
    const [h, p, sig] = good.split('.') as [string, string, string];
    // The last base64url character of a 64-byte signature carries 4 unused bits.
    const last = sig.at(-1) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const loose = `${sig.slice(0, -1)}${alphabet[alphabet.indexOf(last) ^ 1]}`;
    expect(await run(good)).toBe('ok 0 payload');
    // jose decodes base64url leniently and accepts it; the quick path leaves it to jose.
    expect(await run(`${h}.${p}.${loose}`)).toBe('ok 0 payload');
    expect(await run(await sign({ alg: 'HS512', typ: 'JWT', b64: true, crit: ['b64'] }, claims('')))).toBe(
      'ok 0 payload',
    );
    // jose will not sign an unknown critical header: sign it by hand.
    const critInput = `${b64url('{"alg":"HS512","crit":["x"],"x":1}')}.${b64url(claims(''))}`;
    const critToken = `${critInput}.${toBase64Url(await hmacSign('SHA-512', KEYS.callEvents, critInput))}`;
    expect(await run(critToken)).toBe(
      'signature_invalid: The Ringover JWT was refused before its signature could be checked',
    );
    expect(await run(await sign({ alg: 'HS512' }, claims(`"nbf":${nowS + 5},`)))).toBe('ok 0 payload');
    expect(await run(await sign({ alg: 'HS512' }, claims(`"nbf":${nowS + 60},`)))).toBe(
      'signature_invalid: The Ringover JWT was rejected (nbf claim)',
    );
    expect(await run(await sign({ alg: 'HS512' }, claims(`"nbf":${nowS - 60},"exp":${nowS + 60},`)))).toBe(
      'ok 0 payload',
    );
    expect(await run(await sign({ alg: 'HS512' }, claims('"iat":"yesterday",')))).toBe(
      'signature_invalid: The Ringover JWT was rejected (iat claim)',
    );
    expect(await run(await sign({ alg: 'HS512' }, claims(`"exp":"${nowS + 60}",`)))).toBe(
      'signature_invalid: The Ringover JWT was rejected (exp claim)',
    );
    // 30 s of clock skew is allowed on exp and nbf (RINGOVER_JWT_CLOCK_TOLERANCE_SECONDS).
    expect(await run(await sign({ alg: 'HS512' }, claims(`"exp":${nowS},`)))).toBe('ok 0 payload');
    expect(await run(await sign({ alg: 'HS512' }, claims(`"exp":${nowS - 31},`)))).toMatch(
      /^signature_expired/,
    );
    expect(await run(await sign({ alg: 'HS512' }, '[1]'))).toBe(
      'signature_invalid: The Ringover JWT was rejected',
    );
  });

  it('never takes a token jose refuses before checking its signature for a signed one', async () => {
    // Unsigned (the signature is junk) with a critical header jose does not know.
    const forged = (payload: string) =>
      `${b64url('{"alg":"HS512","crit":["x"],"x":1}')}.${b64url(`{"payload":${payload}}`)}.AAAA`;
    // Not "signed with the key of the Call events block": the routing block has no key.
    const routing = ringoverFixtures['call/routing'];
    const noKey = await failure(
      verifyRingoverWebhook(
        { body: routing, headers: { 'x-ringover-webhook-signature': forged(routing) } },
        options({ secrets: { callEvents: KEYS.callEvents } }),
      ),
    );
    expect(noKey.code).toBe('secret_not_configured');
    // Not "well signed, check the server clock".
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'x-ringover-webhook-signature': forged(body) } }, options()),
    );
    expect(e.code).toBe('signature_invalid');
    expect(e.hint).not.toMatch(/well signed|clock/);
  });

  it('checks the whole url claim when the public URL is known', async () => {
    const headers = await signRingoverWebhook(body, KEYS.callEvents, { url: 'https://evil.example/hook' });
    const request = { body, headers, url: 'http://10.0.0.5:3000/api/v1/webhooks/ringover/acme' };
    const e = await failure(
      verifyRingoverWebhook(request, options({ publicUrl: 'https://crm.example.com' })),
    );
    expect(e.code).toBe('signature_payload_mismatch');
    const good = await signRingoverWebhook(body, KEYS.callEvents, { url: `${URL_}/` });
    await expect(
      verifyRingoverWebhook({ ...request, headers: good }, options({ publicUrl: 'https://crm.example.com' })),
    ).resolves.toMatchObject({ scheme: 'jwt' });
  });

  it('without publicUrl, checks the path of the url claim: a token signed for another tenant is refused', async () => {
    // behind a proxy: received on an internal origin, signed for the public one, same path
    const internal = 'http://10.0.0.5:3000/api/v1/webhooks/ringover/acme';
    const same = await signRingoverWebhook(body, KEYS.callEvents, { url: `${URL_}/` });
    await expect(
      verifyRingoverWebhook({ body, headers: same, url: internal }, options()),
    ).resolves.toMatchObject({ scheme: 'jwt' });
    // replay of a token signed for another tenant's endpoint (same key) to ours
    for (const url of [
      'https://crm.example.com/api/v1/webhooks/ringover/other-tenant',
      'https://evil.example/hook',
    ]) {
      const headers = await signRingoverWebhook(body, KEYS.callEvents, { url });
      const e = await failure(verifyRingoverWebhook({ body, headers, url: internal }, options()));
      expect(e).toMatchObject({ code: 'signature_payload_mismatch', status: 401 });
      expect(e.hint).toContain('publicUrl');
    }
    // without the request URL there is nothing to compare with
    const other = await signRingoverWebhook(body, KEYS.callEvents, { url: 'https://evil.example/hook' });
    await expect(verifyRingoverWebhook({ body, headers: other }, options())).resolves.toMatchObject({
      scheme: 'jwt',
    });
  });

  it('rejects an expired exp claim: signature_expired', async () => {
    const claims = `{"exp":${NOW / 1000 - 60},"payload":${body}}`;
    const token = await jwtWithAlg('HS512', claims, enc.encode(KEYS.callEvents));
    const e = await failure(
      verifyRingoverWebhook({ body, headers: { 'x-ringover-webhook-signature': token } }, options()),
    );
    expect(e.code).toBe('signature_expired');
  });

  it('says which setting is missing when the block has no key: secret_not_configured', async () => {
    const headers = await signRingoverWebhook(body, 'whatever');
    const e = await failure(verifyRingoverWebhook({ body, headers }, { settings: {}, now: () => NOW }));
    expect(e.code).toBe('secret_not_configured');
    expect(e.message).toContain('secrets.callEvents');
  });
});
