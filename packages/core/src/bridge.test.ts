import { describe, expect, it, vi } from 'vitest';
import { createCallBridge, DEFAULT_MAX_BODY_BYTES } from './bridge.js';
import type { CallBridgeConfig } from './config.js';
import { isCallbridgeError } from './errors.js';
import { callEvent, contactsOf, TENANT, tenants } from './ingest/harness.test-util.js';
import { MemoryInteractionStore } from './memory/index.js';
import type { CallEventInput } from './model/call-event.js';
import type { CallbridgeProvider, ProviderRuntime } from './provider.js';

/** A tiny provider: the body is `{ id, kind }`, turned into one call event of the URL's tenant. */
function fakeProvider(name: 'ringover' | 'ringcentral' = 'ringover') {
  const provider = {
    name,
    setups: 0,
    closes: 0,
    async receive(context) {
      const body = JSON.parse(new TextDecoder().decode(context.body)) as { id: string; kind: string };
      if (!context.tenant) throw new Error('the fake provider needs a tenant key');
      const event = callEvent({
        provider: name,
        tenantId: context.tenant.id,
        sourceRecordId: body.id,
        deliveryId: `${body.id}-${body.kind}`,
        kind: body.kind as CallEventInput['kind'],
      });
      return { kind: 'events', tenant: context.tenant, events: [event] };
    },
    setup(runtime: ProviderRuntime) {
      provider.setups += 1;
      runtime.recordingFetchers?.register(name, (url, init) => fetch(url, init));
    },
    async close() {
      provider.closes += 1;
    },
  } satisfies CallbridgeProvider & Record<string, unknown>;
  return provider;
}

const base = (overrides: Partial<CallBridgeConfig> = {}): CallBridgeConfig => ({
  providers: [fakeProvider()],
  tenants,
  authenticate: () => ({ tenantId: TENANT, userId: 'u1' }),
  contacts: contactsOf([]),
  ...overrides,
});

const post = (path: string, body: unknown) =>
  new Request(`https://crm.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

function configErrorOf(overrides: Partial<CallBridgeConfig>): string {
  try {
    createCallBridge(base(overrides));
  } catch (error) {
    if (isCallbridgeError(error) && error.code === 'configuration_error') return error.message;
    throw error;
  }
  throw new Error('expected a configuration_error');
}

describe('createCallBridge', () => {
  it('fills the defaults', () => {
    const { runtime } = createCallBridge(base());
    expect(runtime).toMatchObject({
      basePath: '/api/v1',
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      locale: 'en',
      cases: null,
      stream: { heartbeatMs: 15_000, retryMs: 2_000, tokenSecret: null, tokenTtlSeconds: 300 },
    });
    expect(DEFAULT_MAX_BODY_BYTES).toBe(1024 * 1024);
    expect([...runtime.providers.keys()]).toEqual(['ringover']);
    expect(createCallBridge(base({ basePath: '/crm/api/' })).runtime.basePath).toBe('/crm/api');
  });

  it('rejects a bad configuration with an error that says what to fix', () => {
    expect(configErrorOf({ providers: [fakeProvider(), fakeProvider()] })).toMatch(
      /Two providers are named "ringover"/,
    );
    expect(configErrorOf({ basePath: 'api/v1' })).toMatch(/must start with "\/"/);
    expect(configErrorOf({ providers: [{ name: 'ringover' } as never] })).toMatch(/providers\[0\].*receive/);
    expect(configErrorOf({ contacts: undefined as never })).toMatch(/`contacts` is missing/);
    expect(configErrorOf({ tenants: {} as never })).toMatch(/`tenants`/);
    expect(configErrorOf({ authenticate: undefined as never })).toMatch(/`authenticate` is missing/);
    expect(configErrorOf({ defaultRegion: 'XX' as never })).toMatch(/"XX" is not a known region/);
    expect(configErrorOf({ maxBodyBytes: -1 })).toMatch(/`maxBodyBytes` must be a positive integer/);
    expect(configErrorOf({ stream: { tokenSecret: 'short' } })).toMatch(/at least 32 characters/);
    expect(
      configErrorOf({ stores: { dedupe: { claim: async () => ({ status: 'duplicate' }) } as never } }),
    ).toMatch(/`stores.dedupe` has no commit, release/);
    expect(configErrorOf({ ai: { summarizer: {} as never } })).toMatch(/`ai.summarizer` has no summarize/);
    expect(configErrorOf({ logger: { info() {}, warn() {}, error() {} } as never })).toMatch(
      /`logger` has no debug/,
    );
    expect(configErrorOf({ now: 123 as never })).toMatch(/`now` must be a function/);
    expect(configErrorOf({ locale: 'de' })).toMatch(/"de" has no titles/);
    expect(configErrorOf({ stream: { tokenSecret: 12345 as never } })).toMatch(/must be a string/);
    expect(createCallBridge(base({ locale: 'fr-BE', logger: console })).runtime.locale).toBe('fr-BE');
  });

  it('takes recordings.allowPrivateHosts as true, false or a list of host names and addresses', () => {
    expect(configErrorOf({ recordings: { allowPrivateHosts: 'yes' as never } })).toMatch(
      /`recordings.allowPrivateHosts` must be true, false or a list of host names/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['ok.internal', ''] } })).toMatch(
      /allowPrivateHosts\[1\]` must be a host name or an IP address/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['http://rec.internal/'] } })).toMatch(
      /"http:\/\/rec.internal\/", a URL.*'rec\.internal' here/,
    );
    // Entries that could never match a URL's host are refused, naming what to write instead.
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['rec.internal:8443'] } })).toMatch(
      /allowPrivateHosts\[0\]` is "rec\.internal:8443", with a port.*'rec\.internal'/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['[fd00::1]:8443'] } })).toMatch(
      /"\[fd00::1\]:8443", with a port.*'fd00::1'/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['10.0.0.5:80'] } })).toMatch(
      /with a port.*'10\.0\.0\.5'/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['*.corp.internal'] } })).toMatch(
      /allowPrivateHosts\[0\]` is "\*\.corp\.internal", a pattern: the list names each host/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['.corp.internal'] } })).toMatch(
      /allowPrivateHosts\[0\]` is "\.corp\.internal", a pattern: the list names each host/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['fe80::1%eth0'] } })).toMatch(
      /allowPrivateHosts\[0\]` is "fe80::1%eth0", not a host name or an IP address/,
    );
    expect(configErrorOf({ recordings: { allowPrivateHosts: ['08.1.2.3'] } })).toMatch(
      /allowPrivateHosts\[0\]` is "08\.1\.2\.3", not a host name or an IP address/,
    );
    for (const allowPrivateHosts of [
      true,
      false,
      [],
      ['rec.internal', '10.0.0.5', '[fd00::1]', '::ffff:10.0.0.6', 'société.internal', 'rec.internal.'],
    ]) {
      expect(() => createCallBridge(base({ recordings: { allowPrivateHosts } }))).not.toThrow();
    }
  });

  it('routes webhooks to the provider and ingests what it yields', async () => {
    const bridge = createCallBridge(base());
    const first = await bridge.handle(
      post('/api/v1/webhooks/ringover/k1', { id: '98765432109876543210', kind: 'ringing' }),
    );
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: 'received', events: 1 });
    const again = await bridge.handle(
      post('/api/v1/webhooks/ringover/k1', { id: '98765432109876543210', kind: 'ringing' }),
    );
    expect(await again.json()).toEqual({ status: 'duplicate', events: 1 });
    const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', '98765432109876543210');
    expect(stored?.metadata.callType).toBe('ringing');
    const unknown = await bridge.handle(
      post('/api/v1/webhooks/ringcentral/k1', { id: '1', kind: 'ringing' }),
    );
    expect(unknown.status).toBe(404);
  });

  it('answers 503 when the store is down and 200 on the retry (invariant 1 over HTTP)', async () => {
    const interactions = new MemoryInteractionStore();
    const upsert = interactions.upsert.bind(interactions);
    let down = true;
    interactions.upsert = async (input) => {
      if (down) throw new Error('ECONNREFUSED');
      return upsert(input);
    };
    const bridge = createCallBridge(base({ stores: { interactions } }));
    const request = () => post('/api/v1/webhooks/ringover/k1', { id: 'c1', kind: 'answered' });
    const failed = await bridge.handle(request());
    expect(failed.status).toBe(503);
    expect(await failed.json()).toMatchObject({ code: 'store_unavailable' });
    down = false;
    expect((await bridge.handle(request())).status).toBe(200);
    expect(await interactions.getBySource(TENANT, 'RINGOVER', 'c1')).not.toBeNull();
  });

  it('uses the injected clock', async () => {
    const bridge = createCallBridge(base({ now: () => Date.parse('2030-01-02T03:04:05.000Z') }));
    const result = await bridge.ingest(callEvent());
    expect(result.interaction?.createdAt).toBe('2030-01-02T03:04:05.000Z');
    expect(bridge.runtime.now()).toBe(Date.parse('2030-01-02T03:04:05.000Z'));
  });

  it('start() runs provider setup once and close() closes providers, queue and broadcaster', async () => {
    const provider = fakeProvider();
    const bridge = createCallBridge(base({ providers: [provider] }));
    const process = vi.spyOn(bridge.runtime.jobs, 'process');
    const closeJobs = vi.spyOn(bridge.runtime.jobs, 'close');
    const closeBroadcaster = vi.spyOn(bridge.runtime.broadcaster, 'close');
    await Promise.all([bridge.start(), bridge.start()]);
    expect(provider.setups).toBe(1);
    expect(process.mock.calls.map((call) => call[0]).sort()).toEqual([
      'callbridge.ai.process',
      'callbridge.recording.download',
    ]);
    expect(bridge.runtime.recordingFetchers?.get('ringover')).toBeTypeOf('function');
    await bridge.close();
    await bridge.close();
    expect(provider.closes).toBe(1);
    expect(closeJobs).toHaveBeenCalledTimes(1);
    expect(closeBroadcaster).toHaveBeenCalledTimes(1);
    await expect(bridge.start()).rejects.toMatchObject({ code: 'configuration_error' });
  });

  it('start() can be retried after a provider setup failed, setting up only what is not set up', async () => {
    const steady = fakeProvider('ringover');
    const flaky = { ...fakeProvider('ringcentral'), attempts: 0 };
    flaky.setup = () => {
      flaky.attempts += 1;
      if (flaky.attempts === 1) throw new Error('ECONNRESET while creating the subscription');
    };
    const bridge = createCallBridge(base({ providers: [steady, flaky] }));
    const process = vi.spyOn(bridge.runtime.jobs, 'process');
    await expect(bridge.start()).rejects.toThrow(/ECONNRESET/);
    await bridge.start();
    expect(flaky.attempts).toBe(2);
    expect(steady.setups).toBe(1);
    expect(process).toHaveBeenCalledTimes(2); // recording + AI processors, registered once
    await bridge.start();
    expect(flaky.attempts).toBe(2);
    await bridge.close();
  });

  it('registers no job processors when background work is off', async () => {
    const bridge = createCallBridge(base({ background: false }));
    const process = vi.spyOn(bridge.runtime.jobs, 'process');
    await bridge.start();
    expect(process).not.toHaveBeenCalled();
    await bridge.close();
  });
});
