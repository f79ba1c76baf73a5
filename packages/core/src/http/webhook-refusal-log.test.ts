import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import type { Logger } from '../ports/logger.js';
import { createFakeProvider, fakeSignature } from './testing/fake-provider.js';

// A refused webhook (wrong secret, no signature, unknown tenant key, not JSON) is answered 4xx,
// which the provider does not retry: the operator must see it in the log, without the secret.

const SECRET = 'refusal-log-secret-of-tenant-a';

function capture(): { logger: Logger; lines: Array<{ level: string; message: string; fields: unknown }> } {
  const lines: Array<{ level: string; message: string; fields: unknown }> = [];
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return {
    lines,
    logger: { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') },
  };
}

describe('a refused webhook is logged', () => {
  it.each([
    ['a wrong signature', 'k-a', 'wrong', 'application/json', 401, 'signature_invalid'],
    ['no signature', 'k-a', null, 'application/json', 401, 'signature_missing'],
    ['an unknown tenant key', 'k-zz', 'wrong', 'application/json', 404, 'unknown_tenant'],
    ['a body that is not JSON', 'k-a', 'wrong', 'text/plain', 415, 'unsupported_media_type'],
  ])(
    '%s: a warning with the code and status, never the secret',
    async (_name, key, sig, type, status, code) => {
      const { logger, lines } = capture();
      const bridge = createCallBridge({
        providers: [createFakeProvider()],
        tenants: staticTenants([{ id: 'a', key: 'k-a', providers: { ringover: { secret: SECRET } } }]),
        authenticate: () => null,
        contacts: new MemoryContactDirectory([]),
        logger,
      });
      const body = '{"calls":[{"id":"c-1"}]}';
      const headers: Record<string, string> = { 'content-type': type };
      if (sig !== null)
        headers['x-fake-signature'] =
          sig === 'wrong' ? await fakeSignature('other', new TextEncoder().encode(body)) : sig;
      const response = await bridge.handle(
        new Request(`http://crm.test/api/v1/webhooks/ringover/${key}`, { method: 'POST', body, headers }),
      );
      expect(response.status).toBe(status);
      const warnings = lines.filter((line) => line.level === 'warn');
      expect(warnings).toEqual([
        {
          level: 'warn',
          message: 'callbridge webhook refused',
          fields: expect.objectContaining({ provider: 'ringover', code, status }),
        },
      ]);
      expect(JSON.stringify(lines)).not.toContain(SECRET);
      expect(JSON.stringify(lines)).not.toContain(key === 'k-zz' ? 'k-zz' : SECRET);
      await bridge.close();
    },
  );
});
