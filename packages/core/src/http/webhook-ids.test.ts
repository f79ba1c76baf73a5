import { describe, expect, it } from 'vitest';
import { createConformanceFixture } from './testing/index.js';

describe('a webhook whose event ids hold a control character', () => {
  it('answers 400 problem+json malformed_body naming the field, claiming and storing nothing', async () => {
    const fixture = createConformanceFixture();
    const runtime = fixture.bridge.runtime;
    let claims = 0;
    const claim = runtime.dedupe.claim.bind(runtime.dedupe);
    runtime.dedupe.claim = (key, ttlMs) => {
      claims += 1;
      return claim(key, ttlMs);
    };
    const post = async (body: string) =>
      fixture.bridge.handle(
        new Request(`https://crm.test${fixture.webhookPath(0)}`, await fixture.webhook(0, body)),
      );
    for (const [field, call] of [
      ['deliveryId', { id: 'call-1', deliveryId: 'delivery-\u0000' }],
      ['sourceRecordId', { id: 'call-\u0000', deliveryId: 'delivery-2' }],
    ] as const) {
      const response = await post(fixture.calls([call]));
      expect(response.status, field).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { code: string; detail: string; fields: string[] };
      expect(problem).toMatchObject({ code: 'malformed_body', fields: [field] });
      expect(problem.detail).toContain(`${field} must not contain control characters`);
    }
    expect(claims).toBe(0);
    expect((await runtime.interactions.list('tenant-a', {}, { limit: 10 })).items).toEqual([]);
    // The same call with printable ids is stored.
    const fine = await post(fixture.calls([{ id: 'call-1', deliveryId: 'delivery-1' }]));
    expect(await fine.json()).toEqual({ status: 'received', events: 1 });
    await fixture.bridge.close();
  });

  it('stores none of the events of a webhook when one of them is invalid', async () => {
    const fixture = createConformanceFixture();
    const runtime = fixture.bridge.runtime;
    const post = async (body: string) =>
      fixture.bridge.handle(
        new Request(`https://crm.test${fixture.webhookPath(0)}`, await fixture.webhook(0, body)),
      );
    const response = await post(
      fixture.calls([
        { id: 'call-1', deliveryId: 'delivery-1' },
        { id: 'call-\u0000', deliveryId: 'delivery-2' },
        { id: 'call-3', deliveryId: 'delivery-3' },
      ]),
    );
    expect(response.status).toBe(400);
    expect((await runtime.interactions.list('tenant-a', {}, { limit: 10 })).items).toEqual([]);
    // The provider's corrected delivery is not taken for a duplicate.
    const fixed = await post(
      fixture.calls([
        { id: 'call-1', deliveryId: 'delivery-1' },
        { id: 'call-3', deliveryId: 'delivery-3' },
      ]),
    );
    expect(await fixed.json()).toEqual({ status: 'received', events: 2 });
    await fixture.bridge.close();
  });
});
