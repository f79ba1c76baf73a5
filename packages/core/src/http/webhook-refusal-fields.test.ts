import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import type { Logger } from '../ports/logger.js';
import { createFakeProvider, fakeSignature } from './testing/fake-provider.js';

// What the refusal warning (webhook.ts) must leave out: a provider segment that names no
// configured provider is the caller's text (a tenant key in a URL missing its provider segment,
// or anything a scanner posts), and a delivery another request is storing (409) is retried by the
// provider, not refused.

const SECRET = 'refusal-fields-secret';
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
    const response = await bridge.handle(
      post(KEY.replace(/^/, 'ringover/'), body, { 'x-fake-signature': signature }),
    );
    expect(response.status).toBe(409);
    expect(lines.filter((line) => line.level === 'warn')).toEqual([]);
    await bridge.close();
  });
});
