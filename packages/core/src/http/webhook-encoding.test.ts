import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import { createFakeProvider, fakeSignature } from './testing/fake-provider.js';

// A compressed webhook body (a proxy or sender that gzips requests) reaches verification as the
// compressed bytes, so its signature cannot match. The refusal stays a 401 (callbridge verifies
// the bytes as received), but it names the content coding instead of only "signature invalid".

const SECRET = 'encoding-secret-of-tenant-a';
const KEY = 'k-tenant-a-encoding';

function bridge() {
  return createCallBridge({
    providers: [createFakeProvider()],
    tenants: staticTenants([{ id: 'a', key: KEY, providers: { ringover: { secret: SECRET } } }]),
    authenticate: () => null,
    contacts: new MemoryContactDirectory([]),
  });
}

async function post(body: Uint8Array<ArrayBuffer>, signature: string, headers: Record<string, string> = {}) {
  return bridge().handle(
    new Request(`http://crm.test/api/v1/webhooks/ringover/${KEY}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-fake-signature': signature, ...headers },
    }),
  );
}

const json: Uint8Array<ArrayBuffer> = new TextEncoder().encode('{"calls":[{"id":"enc-1"}]}');
// Bytes that stand for a compressed body (what they are does not matter: they are not the JSON).
const compressed = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);

describe('a webhook with a Content-Encoding', () => {
  it.each(['gzip', 'GZip', 'deflate', 'br', 'gzip, identity'])(
    'whose signature fails (%s): the 401 names the content coding and how to fix it',
    async (coding) => {
      const response = await post(compressed, await fakeSignature(SECRET, json), {
        'content-encoding': coding,
      });
      expect(response.status).toBe(401);
      const problem = (await response.json()) as { code: string; detail: string; contentEncoding?: string };
      expect(problem.code).toBe('signature_invalid');
      expect(problem.detail).toContain(`Content-Encoding: ${coding}`);
      expect(problem.detail).toMatch(/uncompressed/);
      expect(problem.contentEncoding).toBe(coding);
    },
  );

  it('whose signature fails with no coding or identity: the plain refusal', async () => {
    const codings: Array<Record<string, string>> = [{}, { 'content-encoding': 'identity' }];
    for (const headers of codings) {
      const response = await post(json, await fakeSignature('other', json), headers);
      expect(response.status).toBe(401);
      const problem = (await response.json()) as { detail: string; contentEncoding?: string };
      expect(problem.detail).not.toMatch(/Content-Encoding/);
      expect(problem.contentEncoding).toBeUndefined();
    }
  });

  it('whose bytes verify (a proxy decoded them and left the header): accepted as before', async () => {
    const response = await post(json, await fakeSignature(SECRET, json), { 'content-encoding': 'gzip' });
    expect(response.status).toBe(200);
  });
});
