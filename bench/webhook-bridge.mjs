// The bridge the webhook benchmarks measure (http.bench.mjs `listener` / `express-adapter`, and
// serve.bench.mjs): the fake provider keeping no body copies, one tenant, every store in memory.

/** The secret the benchmark tenant signs its webhooks with (hex HMAC-SHA256, `x-fake-signature`). */
export const WEBHOOK_SECRET = 'bench-secret-of-the-webhook-tenant';

/** `core` and `testing` are the imported `@callbridge/core` entries (dist) of the build measured. */
export function createWebhookBridge(core, testing) {
  return core.createCallBridge({
    providers: [testing.createFakeProvider({ keepBodies: false })],
    tenants: core.staticTenants([
      { id: 'bench', key: 'bench-key', providers: { ringover: { secret: WEBHOOK_SECRET } } },
    ]),
    authenticate: () => null,
    contacts: new core.MemoryContactDirectory([]),
  });
}
