import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import {
  FIXTURE_CALL_ID,
  FIXTURE_CHANNEL_ID,
  ringoverFixtures,
  signRingoverWebhook,
  unknownRingoverFixture,
} from '../src/testing.js';
import { BASE, KEYS, makeBridge, NOW, PAUL, post } from './helpers.js';

const list = (stores: ReturnType<typeof makeBridge>['stores'], tenant = 'acme') =>
  stores.interactions.list(tenant, {}, { limit: 100 }).then((p) => p.items);

describe('Ringover webhooks through createCallBridge(...).handle', () => {
  it('stores a hangup with the 20-digit call_id exact, E.164 numbers and the matched contact', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const body = ringoverFixtures['call/hangup'];
    const res = await post(
      bridge,
      body,
      await signRingoverWebhook(body, KEYS.callEvents, { url: `${BASE}/k-acme` }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'received', events: 1 });
    const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
    expect(record).not.toBeNull();
    expect(record!.sourceRecordId).toBe('14486597828273463454');
    expect(record!.metadata).toMatchObject({
      callId: '14486597828273463454',
      sessionId: FIXTURE_CHANNEL_ID,
      callerNumber: '+33612345678',
      calleeNumber: '+33187654321',
      durationSeconds: 172,
      callType: 'answered',
      callState: 'ended',
      answeringMachine: 'MACHINE',
      recordingUrl: 'https://example.invalid/private/records/3f0c9a4e.mp3',
    });
    expect(record!.contactId).toBe(PAUL.id);
  });

  it('refuses a JWT signed for another tenant endpoint (provider-wide key) without publicUrl', async () => {
    const { bridge, stores } = makeBridge({
      provider: ringover({ secrets: { callEvents: 'shared-key' } }),
      tenants: [
        { id: 'a', key: 'k-a' },
        { id: 'b', key: 'k-b' },
      ],
    });
    const body = ringoverFixtures['call/hangup'];
    const headers = await signRingoverWebhook(body, 'shared-key', { url: `${BASE}/k-a` });
    const res = await post(bridge, body, headers, '/k-b');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'signature_payload_mismatch' });
    expect(await stores.interactions.getBySource('b', 'RINGOVER', FIXTURE_CALL_ID)).toBeNull();
    expect((await post(bridge, body, headers, '/k-a')).status).toBe(200);
  });

  it('answers 400 invalid_json, never a retried 5xx, to a body nested deeper than the parser takes', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const body = ringoverFixtures['call/hangup'].replace(/"data":\s*\{/, `"deep":${deep},"data":{`);
    expect(body).toContain('"deep":[[');
    const res = await post(
      bridge,
      body,
      await signRingoverWebhook(body, KEYS.callEvents, { url: `${BASE}/k-acme` }),
    );
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; detail: string };
    expect(problem.code).toBe('invalid_json');
    expect(problem.detail).toMatch(/nested more than 64 levels deep/);
    expect(await list(stores)).toHaveLength(0);
  });

  it('answers a retried delivery (attempt 2) as a duplicate and stores one record', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const first = ringoverFixtures['call/missed'];
    const retry = first.replace('"attempt":1', '"attempt":2');
    await post(bridge, first, await signRingoverWebhook(first, KEYS.callEvents));
    const res = await post(bridge, retry, await signRingoverWebhook(retry, KEYS.callEvents));
    expect(await res.json()).toMatchObject({ status: 'duplicate' });
    expect(await list(stores)).toHaveLength(1);
  });

  it('keeps every later edit of the after-call comment and tags, and still dedupes their retries', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const send = async (body: string) =>
      (await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents))).json();
    const c1 = ringoverFixtures['aftercall/comments_updated'];
    const c2 = c1
      .replace('Rappeler demain pour le devis', 'Devis envoye, rappeler lundi')
      .replace('1767180300.1', '1767180900.1');
    const t1 = ringoverFixtures['aftercall/tags_updated'];
    const t2 = t1.replace('["devis","urgent"]', '["devis","signe"]').replace('1767180301.1', '1767180950.1');
    expect(await send(c1)).toMatchObject({ status: 'received' });
    expect(await send(c2)).toMatchObject({ status: 'received' });
    expect(await send(t1)).toMatchObject({ status: 'received' });
    expect(await send(t2)).toMatchObject({ status: 'received' });
    // retries of one edit (same timestamp, next attempt) are duplicates
    for (const body of [c2, t2]) {
      expect(body).toContain('"attempt":1');
      expect(await send(body.replace('"attempt":1', '"attempt":2'))).toMatchObject({ status: 'duplicate' });
    }
    const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
    expect(record!.metadata.comments).toBe('Devis envoye, rappeler lundi');
    // Ringover sends the whole list: 'urgent', removed in the later edit, is gone.
    expect(record!.metadata.tags).toEqual(['devis', 'signe']);
    expect(await list(stores)).toHaveLength(1);
  });

  it('refuses an old flat-claims comment replayed without its timestamp: the newer comment stays', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const c1 = ringoverFixtures['aftercall/comments_updated'];
    const c2 = c1
      .replace('Rappeler demain pour le devis', 'Devis envoye, rappeler lundi')
      .replace('1767180300.1', '1767180900.1');
    const old = await signRingoverWebhook(c1, KEYS.callEvents, { scheme: 'jwt-flat' });
    expect((await post(bridge, c1, old)).status).toBe(200);
    const newer = await signRingoverWebhook(c2, KEYS.callEvents, { scheme: 'jwt-flat' });
    expect((await post(bridge, c2, newer)).status).toBe(200);
    // The old token again, on its body less the `timestamp` claim: another dedupe key, and no time.
    const replay = await post(bridge, c1.replace('"timestamp":1767180300.1,', ''), old);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'signature_payload_mismatch' });
    const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
    expect(record!.metadata.comments).toBe('Devis envoye, rappeler lundi');
  });

  it('keeps the newest whole tag list whatever the arrival order', async () => {
    const t1 = ringoverFixtures['aftercall/tags_updated'];
    const t2 = t1.replace('["devis","urgent"]', '["signe"]').replace('1767180301.1', '1767180950.1');
    for (const order of [
      [t1, t2],
      [t2, t1],
    ]) {
      const { bridge, stores } = makeBridge({ provider: ringover() });
      for (const body of order) await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents));
      const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
      expect(record!.metadata.tags).toEqual(['signe']);
    }
  });

  it('merges lifecycle and every after-call event into one interaction', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const types = [
      'call/ringing',
      'call/answered',
      'call/hangup',
      'aftercall/comments_updated',
      'aftercall/tags_updated',
      'aftercall/record_available',
      'aftercall/voicemail_available',
      'aftercall/transcription_available',
      'aftercall/summary_available',
      'call/ivr_response_code',
    ] as const;
    for (const type of types) {
      const body = ringoverFixtures[type];
      const key = type === 'call/ivr_response_code' ? KEYS.routingIvr : KEYS.callEvents;
      const res = await post(bridge, body, await signRingoverWebhook(body, key));
      expect(res.status, type).toBe(200);
    }
    const items = await list(stores);
    expect(items).toHaveLength(1);
    expect(items[0]!.metadata).toMatchObject({
      callId: FIXTURE_CALL_ID,
      callType: 'answered',
      tags: ['devis', 'urgent'],
      comments: 'Rappeler demain pour le devis',
      aiSummary: 'Le client demande un devis pour 12 postes.',
      summaryStatus: 'completed',
      transcriptionLink: 'https://app.ringover.com/transcriptions/3f0c9a4e',
      voicemailUrl: 'https://cdn.ringover.com/voicemails/example.mp3',
      ivrResponseCode: '42',
    });
  });

  it('stores SMS as SMS interactions', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    for (const type of ['sms/received', 'sms/sent'] as const) {
      const body = ringoverFixtures[type];
      expect((await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents))).status).toBe(200);
    }
    const items = await list(stores);
    expect(items.map((i) => i.eventType)).toEqual(['SMS', 'SMS']);
    expect(items.find((i) => i.sourceRecordId === '88213344-551201')!.metadata.text).toBe(
      'Oui, rappelez-moi demain',
    );
  });

  it('answers an unknown event 200 "ignored" and stores nothing', async () => {
    const logs: string[] = [];
    const { bridge, stores } = makeBridge({ provider: ringover() });
    bridge.runtime.logger.info = (message: string) => void logs.push(message);
    const res = await post(
      bridge,
      unknownRingoverFixture,
      await signRingoverWebhook(unknownRingoverFixture, KEYS.callEvents),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ignored' });
    expect(await list(stores)).toHaveLength(0);
    expect(logs.some((m) => m.includes('unknown type'))).toBe(true);
  });

  it('answers 401 problem+json with the specific code and stores nothing', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const body = ringoverFixtures['call/hangup'];
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.contactCall));
    expect(res.status).toBe(401);
    const problem = await res.json();
    expect(problem.code).toBe('signature_wrong_key_block');
    expect(JSON.stringify(problem)).not.toContain(KEYS.contactCall);
    expect(await list(stores)).toHaveLength(0);
  });

  it('validates tenant settings with zod: a typo is a configuration error', async () => {
    const { bridge } = makeBridge({
      provider: ringover(),
      tenants: [{ id: 'acme', key: 'k-acme', providers: { ringover: { secret: 'typo' } } }],
    });
    const body = ringoverFixtures['call/hangup'];
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents));
    expect(res.status).toBe(500);
    expect((await res.json()).code).toBe('configuration_error');
  });

  it('rejects invalid provider options at creation', () => {
    expect(() => ringover({ v3: { toleranceSeconds: -1 } })).toThrowError(
      expect.objectContaining({ code: 'configuration_error' }),
    );
  });

  it('rejects an unknown top-level option at creation, naming the fix (JavaScript callers)', () => {
    const typo = (options: object) => () => ringover(options as never);
    expect(typo({ secret: 'k' })).toThrowError(
      expect.objectContaining({ code: 'configuration_error', hint: expect.stringMatching(/secrets/) }),
    );
    expect(typo({ callEvents: 'k' })).toThrowError(
      expect.objectContaining({
        message: expect.stringMatching(/^ringover\(\) has no option `callEvents`\./),
        hint: expect.stringContaining('secrets: { callEvents'),
      }),
    );
    expect(typo({ lookupBudget: 100 })).toThrowError(
      expect.objectContaining({ hint: expect.stringMatching(/Known options/) }),
    );
    expect(() =>
      ringover({ secrets: { callEvents: 'k' }, lookupBudgetMs: 500, routing: undefined }),
    ).not.toThrow();
  });

  it('lets tenant settings override provider defaults (per-tenant keys)', async () => {
    const { bridge } = makeBridge({
      provider: ringover({ secrets: { callEvents: 'provider-default-key' } }),
      tenants: [
        { id: 'acme', key: 'k-acme', providers: { ringover: { secrets: { callEvents: 'acme-own-key' } } } },
        { id: 'beta', key: 'k-beta' },
      ],
    });
    const body = ringoverFixtures['call/ringing'];
    expect((await post(bridge, body, await signRingoverWebhook(body, 'acme-own-key'))).status).toBe(200);
    expect((await post(bridge, body, await signRingoverWebhook(body, 'provider-default-key'))).status).toBe(
      401,
    );
    expect(
      (await post(bridge, body, await signRingoverWebhook(body, 'provider-default-key'), '/k-beta')).status,
    ).toBe(200);
  });
});

describe('other schemes through the bridge', () => {
  it('accepts V3 when the tenant opted in, signed over the URL Ringover posted to', async () => {
    const { bridge, stores } = makeBridge({
      provider: ringover(),
      tenants: [
        { id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS, v3: { enabled: true } } } },
      ],
    });
    const body = ringoverFixtures['call/answered'];
    const headers = await signRingoverWebhook(body, KEYS.callEvents, {
      scheme: 'v3',
      url: `${BASE}/k-acme`,
      now: NOW,
    });
    expect((await post(bridge, body, headers)).status).toBe(200);
    expect(await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID)).not.toBeNull();
    const stale = await signRingoverWebhook(body, KEYS.callEvents, {
      scheme: 'v3',
      url: `${BASE}/k-acme`,
      now: NOW - 600_000,
    });
    const res = await post(bridge, body, stale);
    expect((await res.json()).code).toBe('signature_expired');
  });

  it('accepts an unsigned IVR response code only with the URL secret', async () => {
    const { bridge, stores } = makeBridge({
      provider: ringover({ ivr: { urlSecrets: 'ivr-7f3a9c' } }),
      tenants: [{ id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } }],
    });
    const body = ringoverFixtures['call/ivr_response_code'];
    const refused = await post(bridge, body, {});
    expect((await refused.json()).code).toBe('signature_invalid');
    expect((await post(bridge, body, {}, '/k-acme?secret=wrong')).status).toBe(401);
    expect((await post(bridge, body, {}, '/k-acme/wrong')).status).toBe(401);
    expect((await post(bridge, body, {}, '/k-acme/ivr-7f3a9c')).status).toBe(200);
    expect((await post(bridge, body, {}, '/k-acme?secret=ivr-7f3a9c')).status).toBe(200);
    const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
    expect(record?.metadata.ivrResponseCode).toBe('42');
  });
});
