import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../crypto/encoding.js';
import { currentHmacEngine, hmacSign, setHmacEngine, webCryptoHmac } from '../crypto/hmac.js';
import { verifyHmac } from '../crypto/verify.js';
import { enableNodeCrypto, nodeHmac } from './crypto.js';

afterEach(() => setHmacEngine(null));

describe('node:crypto HMAC engine', () => {
  it('gives the same bytes as Web Crypto for both algorithms, string and byte keys', async () => {
    const bodies = [new Uint8Array(0), new TextEncoder().encode('{"call_id":12345678901234567890}')];
    const keys: Array<string | Uint8Array> = ['Jefe', 'é-secret', new Uint8Array([0, 1, 2, 255])];
    for (const algorithm of ['SHA-256', 'SHA-512'] as const)
      for (const key of keys)
        for (const body of bodies) {
          const web = toHex(await webCryptoHmac.sign(algorithm, key, body));
          expect(toHex(await nodeHmac.sign(algorithm, key, body))).toBe(web);
        }
  });

  it('keeps giving the right bytes when more string keys are used than it caches', async () => {
    const body = new TextEncoder().encode('{"id":1}');
    const keys = [...Array.from({ length: 70 }, (_, i) => `secret-${i}`)];
    for (const round of [1, 2])
      for (const key of keys) {
        const web = toHex(await webCryptoHmac.sign('SHA-256', key, body));
        expect(toHex(await nodeHmac.sign('SHA-256', key, body)), `${key} round ${round}`).toBe(web);
      }
  });

  it('RFC 4231 case 2 through hmacSign once installed, and verifyHmac agrees', async () => {
    enableNodeCrypto();
    expect(currentHmacEngine()).toBe(nodeHmac);
    const data = 'what do ya want for nothing?';
    const sig = toHex(await hmacSign('SHA-256', 'Jefe', data));
    expect(sig).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    const match = await verifyHmac({
      algorithm: 'SHA-256',
      secrets: ['old', 'Jefe'],
      data,
      signature: sig,
      encoding: 'hex',
    });
    expect(match).toBe(1);
    setHmacEngine(null);
    expect(currentHmacEngine()).toBe(webCryptoHmac);
  });
});
