import { type CallBridge, createCallBridge } from '../../bridge.js';
import { MemoryBroadcaster } from '../../memory/broadcaster.js';
import { MemoryContactDirectory } from '../../memory/contact-directory.js';
import { MemoryEventLog } from '../../memory/event-log.js';
import { MemoryInteractionStore } from '../../memory/interaction-store.js';
import { staticTenants } from '../../memory/tenants.js';
import type { Broadcaster, EventLog, StreamEvent, Unsubscribe } from '../../ports/events.js';
import type { InteractionStore } from '../../ports/interactions.js';
import { createStreamToken } from '../stream-token.js';
import { createFakeProvider, type FakeCall, type FakeProvider, fakeSignature } from './fake-provider.js';

/** The two tenants of every conformance fixture. */
export const CONFORMANCE_TENANTS = [
  { id: 'tenant-a', key: 'key-a', providers: { ringover: { secret: 'secret-of-tenant-a' } } },
  { id: 'tenant-b', key: 'key-b', providers: { ringover: { secret: 'secret-of-tenant-b' } } },
] as const;

/** Body limit of the fixture bridge (small, so 413 tests stay cheap). */
export const CONFORMANCE_MAX_BODY = 8 * 1024;
/** Events the fixture's event log keeps per tenant (small, so `resync` is reachable). */
export const CONFORMANCE_LOG_SIZE = 20;
const STREAM_SECRET = 'conformance-stream-secret-0123456789abcdef';

/** A broadcaster that counts live subscriptions, to prove streams release theirs. */
export class CountingBroadcaster implements Broadcaster {
  readonly #inner = new MemoryBroadcaster();
  active = 0;

  publish(event: StreamEvent): Promise<void> {
    return this.#inner.publish(event);
  }

  async subscribe(tenantId: string, listener: (event: StreamEvent) => void): Promise<Unsubscribe> {
    const unsubscribe = await this.#inner.subscribe(tenantId, listener);
    this.active += 1;
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      this.active -= 1;
      await unsubscribe();
    };
  }
}

/** An interaction store whose every call fails while `failing` is true (503 tests). */
function switchableStore(inner: InteractionStore, state: { failing: boolean }): InteractionStore {
  const gate = <T>(run: () => Promise<T>): Promise<T> =>
    state.failing ? Promise.reject(new Error('connection refused')) : run();
  return {
    upsert: (input) => gate(() => inner.upsert(input)),
    get: (tenantId, id) => gate(() => inner.get(tenantId, id)),
    getBySource: (tenantId, source, id) => gate(() => inner.getBySource(tenantId, source, id)),
    list: (tenantId, filter, options) => gate(() => inner.list(tenantId, filter, options)),
    stats: (tenantId, range) => gate(() => inner.stats(tenantId, range)),
  };
}

/** An event log whose every call fails while `failing` is true (503 tests of the stream). */
function switchableEventLog(inner: EventLog, state: { failing: boolean }): EventLog {
  const gate = <T>(run: () => Promise<T>): Promise<T> =>
    state.failing ? Promise.reject(new Error('connection refused')) : run();
  return {
    append: (tenantId, type, data) => gate(() => inner.append(tenantId, type, data)),
    readAfter: (tenantId, afterId, limit) => gate(() => inner.readAfter(tenantId, afterId, limit)),
    lastId: (tenantId) => gate(() => inner.lastId(tenantId)),
  };
}

/** A bridge wired for the adapter conformance suite, plus the handles the tests need. */
export interface ConformanceFixture {
  bridge: CallBridge;
  provider: FakeProvider;
  broadcaster: CountingBroadcaster;
  store: { failing: boolean };
  /** Set `failing` to make every event log call fail. */
  eventLog: { failing: boolean };
  basePath: string;
  /** `Authorization` header value for a tenant. */
  auth(tenantId: string): string;
  /** A valid `?token=` stream token for a tenant. */
  streamToken(tenantId: string, ttlSeconds?: number): Promise<string>;
  /** A signed webhook request init for a tenant (JSON content type). */
  webhook(tenantIndex: 0 | 1, body: string | Uint8Array): Promise<RequestInit>;
  /** Path of the fake provider's webhook URL of a tenant. */
  webhookPath(tenantIndex: 0 | 1): string;
  /** A signed webhook body of calls. */
  calls(calls: FakeCall[]): string;
}

/** Builds a fresh fixture bridge: fake provider, two tenants, bearer `tenant:user` auth. */
export function createConformanceFixture(options: { basePath?: string } = {}): ConformanceFixture {
  const provider = createFakeProvider();
  const broadcaster = new CountingBroadcaster();
  const store = { failing: false };
  const eventLog = { failing: false };
  const bridge = createCallBridge({
    providers: [provider],
    tenants: staticTenants(CONFORMANCE_TENANTS.map((t) => ({ ...t, providers: { ...t.providers } }))),
    authenticate: (request) => {
      const match = /^Bearer ([\w-]+):([\w-]+)$/.exec(request.headers.get('authorization') ?? '');
      if (!match || !CONFORMANCE_TENANTS.some((t) => t.id === match[1])) return null;
      return { tenantId: match[1] as string, userId: match[2] as string };
    },
    contacts: new MemoryContactDirectory([]),
    stores: {
      broadcaster,
      eventLog: switchableEventLog(
        new MemoryEventLog({ maxEventsPerTenant: CONFORMANCE_LOG_SIZE }),
        eventLog,
      ),
      interactions: switchableStore(new MemoryInteractionStore(), store),
    },
    basePath: options.basePath ?? '/api/v1',
    maxBodyBytes: CONFORMANCE_MAX_BODY,
    background: false,
    stream: { heartbeatMs: 100, retryMs: 1000, tokenSecret: STREAM_SECRET },
  });
  const basePath = bridge.runtime.basePath;
  return {
    bridge,
    provider,
    broadcaster,
    store,
    eventLog,
    basePath,
    auth: (tenantId) => `Bearer ${tenantId}:user-1`,
    streamToken: (tenantId, ttl = 60) =>
      createStreamToken(STREAM_SECRET, { tenantId, userId: 'user-1' }, ttl, {
        audience: bridge.runtime.stream.tokenAudience,
      }),
    async webhook(tenantIndex, body) {
      const secret = CONFORMANCE_TENANTS[tenantIndex].providers.ringover.secret;
      return {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-fake-signature': await fakeSignature(secret, body),
        },
        body: body as BodyInit,
      };
    },
    webhookPath: (tenantIndex) => `${basePath}/webhooks/ringover/${CONFORMANCE_TENANTS[tenantIndex].key}`,
    calls: (calls) => JSON.stringify({ calls }),
  };
}
