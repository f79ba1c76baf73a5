import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { SEED_COMPAT_SECRET, seedCompatPayload } from '../src/testing.js';
import { makeBridge } from './helpers.js';

// The seed's curl example, byte for byte: the payload and the signature the way its shell script
// computes it (`openssl dgst -sha256 -hmac "$SECRET"` over the exact bytes, hex).
const SEED_URL = 'http://localhost:8000/api/v1/webhooks/ringover';
const signature = createHmac('sha256', SEED_COMPAT_SECRET).update(seedCompatPayload).digest('hex');

function seedRequest(): Request {
  return new Request(SEED_URL, {
    method: 'POST',
    headers: { 'X-Ringover-Signature': signature, 'Content-Type': 'application/json' },
    body: seedCompatPayload,
  });
}

describe('seed compatibility mode', () => {
  it('the fixture is exactly the payload of the seed curl example', () => {
    // A verbatim copy of the seed document's "Webhook Testing" section, kept in the repository.
    const seed = readFileSync(new URL('./fixtures/seed-curl-example.txt', import.meta.url), 'utf8');
    const payload = /PAYLOAD='([^']*)'/.exec(seed)?.[1];
    expect(payload).toBe(seedCompatPayload);
  });

  it('accepts the seed curl request and stores an interaction for tenant_id', async () => {
    const { bridge, stores } = makeBridge({
      provider: ringover(),
      tenants: [
        {
          id: 'tenant-1',
          key: 'k1',
          providers: { ringover: { compat: { enabled: true, secrets: SEED_COMPAT_SECRET } } },
        },
      ],
    });
    const res = await bridge.handle(seedRequest());
    expect(res.status).toBe(200);
    const record = await stores.interactions.getBySource('tenant-1', 'RINGOVER', 'test-123');
    expect(record?.metadata).toMatchObject({
      callId: 'test-123',
      callType: 'answered',
      callState: 'ended',
      direction: 'inbound',
      callerNumber: '+32470123456',
      calleeNumber: '+32471234567',
      durationSeconds: 120,
      recordingUrl: 'https://example.com/recording.mp3',
    });
    expect(record?.occurredAt).toBe('2026-02-17T10:30:00.000Z');
  });

  it('rejects it when compatibility mode is off, storing nothing', async () => {
    const { bridge, stores } = makeBridge({
      provider: ringover(),
      tenants: [
        { id: 'tenant-1', key: 'k1', providers: { ringover: { compat: { secrets: SEED_COMPAT_SECRET } } } },
      ],
    });
    const res = await bridge.handle(seedRequest());
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('signature_scheme_unsupported');
    expect((await stores.interactions.list('tenant-1', {}, { limit: 10 })).items).toHaveLength(0);
  });

  it('rejects a tampered seed payload and an unknown tenant_id', async () => {
    const { bridge } = makeBridge({
      provider: ringover({ compat: { enabled: true, secrets: SEED_COMPAT_SECRET } }),
      tenants: [{ id: 'tenant-1', key: 'k1' }],
    });
    const tampered = seedCompatPayload.replace('"duration_seconds":120', '"duration_seconds":999');
    const bad = await bridge.handle(
      new Request(SEED_URL, {
        method: 'POST',
        headers: { 'X-Ringover-Signature': signature, 'Content-Type': 'application/json' },
        body: tampered,
      }),
    );
    expect((await bad.json()).code).toBe('signature_invalid');
    const other = seedCompatPayload.replace('tenant-1', 'tenant-9');
    const sig = createHmac('sha256', SEED_COMPAT_SECRET).update(other).digest('hex');
    const unknown = await bridge.handle(
      new Request(SEED_URL, {
        method: 'POST',
        headers: { 'X-Ringover-Signature': sig, 'Content-Type': 'application/json' },
        body: other,
      }),
    );
    expect((await unknown.json()).code).toBe('unknown_tenant');
  });
});
