import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import type { Logger } from '../ports/logger.js';
import { createFakeProvider, fakeSignature } from './testing/fake-provider.js';

// A refused webhook (wrong secret, no signature, unknown tenant key, not JSON) is answered 4xx,
// which the provider does not retry: the operator must see it in the log, without the secret.
// What the warning (webhook.ts) leaves out: a provider segment that names no configured provider
// is the caller's text (a tenant key in a URL missing its provider segment, or anything a scanner
// posts), and a delivery another request is storing (409) is retried by the provider, not refused.

const SECRET = 'refusal-log-secret-of-tenant-a';
const KEY = 'k-tenant-a-url-key';

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

function bridgeWith(logger: Logger) {
  return createCallBridge({
    providers: [createFakeProvider()],
    tenants: staticTenants([{ id: 'a', key: KEY, providers: { ringover: { secret: SECRET } } }]),
    authenticate: () => null,
    contacts: new MemoryContactDirectory([]),
    logger,
  });
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`http://crm.test/api/v1/webhooks/${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('a refused webhook is logged', () => {
  it.each([
    ['a wrong signature', KEY, 'wrong', 'application/json', 401, 'signature_invalid'],
    ['no signature', KEY, null, 'application/json', 401, 'signature_missing'],
    ['an unknown tenant key', 'k-zz', 'wrong', 'application/json', 404, 'unknown_tenant'],
    ['a body that is not JSON', KEY, 'wrong', 'text/plain', 415, 'unsupported_media_type'],
  ])(
    '%s: a warning with the code and status, never the secret',
    async (_name, key, sig, type, status, code) => {
      const { logger, lines } = capture();
      const bridge = bridgeWith(logger);
      const body = '{"calls":[{"id":"c-1"}]}';
      const headers: Record<string, string> = { 'content-type': type };
      if (sig !== null)
        headers['x-fake-signature'] =
          sig === 'wrong' ? await fakeSignature('other', new TextEncoder().encode(body)) : sig;
      const response = await bridge.handle(post(`ringover/${key}`, body, headers));
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

describe('the refused-webhook warning', () => {
  it('names no provider that is not configured: the tenant key of a URL without its provider stays out', async () => {
    const { logger, lines } = capture();
    const bridge = bridgeWith(logger);
    expect((await bridge.handle(post(KEY, '{}'))).status).toBe(404);
    expect((await bridge.handle(post(`${'x'.repeat(2000)}%0Afake-line`, '{}'))).status).toBe(404);
    const warnings = lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) {
      expect(warning.fields).toEqual({ code: 'not_found', status: 404 });
    }
    expect(JSON.stringify(lines)).not.toContain(KEY);
    await bridge.close();
  });

  it('is not written for a delivery another request is storing (409, the provider retries it)', async () => {
    const { logger, lines } = capture();
    const bridge = bridgeWith(logger);
    const body = '{"calls":[{"id":"c-1"}]}';
    const signature = await fakeSignature(SECRET, new TextEncoder().encode(body));
    bridge.runtime.dedupe.claim = async () => ({ status: 'in_progress' });
    const response = await bridge.handle(post(`ringover/${KEY}`, body, { 'x-fake-signature': signature }));
    expect(response.status).toBe(409);
    expect(lines.filter((line) => line.level === 'warn')).toEqual([]);
    await bridge.close();
  });
});
