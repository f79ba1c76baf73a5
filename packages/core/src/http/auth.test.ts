import { afterEach, describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import type { Authenticate } from '../ports/tenancy.js';

// `authenticate` is the integrator's code: what it returns is outside data. A principal without a
// usable tenant id (a number from an INTEGER column, undefined from a session without a tenant, a
// bare `true`) used to be taken as it was: every read then matched no record and the stream never
// sent an event, with a 200 and nothing saying why.

const bridges: Array<ReturnType<typeof createCallBridge>> = [];
afterEach(async () => {
  for (const bridge of bridges.splice(0)) await bridge.close();
});

function bridgeWith(authenticate: Authenticate, logged: string[] = []) {
  const log = (message: string, fields?: Record<string, unknown>) =>
    logged.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: '42', key: 'k1' }]),
    contacts: new MemoryContactDirectory([]),
    authenticate,
    logger: { debug: log, info: log, warn: log, error: log },
  });
  bridges.push(bridge);
  return bridge;
}

const returned: Record<string, unknown> = {
  'a number': { tenantId: 42, userId: 'u1' },
  'no tenantId': { userId: 'u1' },
  'an empty tenantId': { tenantId: '', userId: 'u1' },
  'true instead of a principal': true,
};

describe('a principal from authenticate without a string tenantId', () => {
  for (const [what, principal] of Object.entries(returned)) {
    it(`is a 500 configuration_error naming authenticate on the calls API and the stream: ${what}`, async () => {
      const logged: string[] = [];
      const bridge = bridgeWith(() => principal as never, logged);
      for (const path of ['/calls', '/calls/stats', '/calls/some-id', '/events/stream']) {
        const abort = new AbortController();
        const response = await bridge.handle(
          new Request(`https://crm.test/api/v1${path}`, { signal: abort.signal }),
        );
        const body = response.status === 200 ? null : ((await response.json()) as Record<string, string>);
        abort.abort();
        await response.body?.cancel().catch(() => undefined);
        expect(response.status, path).toBe(500);
        expect(body?.code, path).toBe('configuration_error');
        expect(body?.detail, path).toMatch(/`authenticate` returned .*tenantId/);
      }
      expect(logged.join('\n')).toContain('configuration_error');
    });
  }

  it('still accepts a principal with a string tenantId, and null as "not authenticated"', async () => {
    expect(
      (
        await bridgeWith(() => ({ tenantId: '42', userId: 'u1' })).handle(
          new Request('https://crm.test/api/v1/calls'),
        )
      ).status,
    ).toBe(200);
    expect((await bridgeWith(() => null).handle(new Request('https://crm.test/api/v1/calls'))).status).toBe(
      401,
    );
  });
});
