import type { Contact, ContactDirectory } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { ringoverFixtures, signRingoverWebhook } from '../src/testing.js';
import { KEYS, makeBridge, PAUL, post } from './helpers.js';

const contactCall = ringoverFixtures['call/contact'];

describe('call/contact: the caller card', () => {
  it('answers the card of the caller from the ContactDirectory', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const res = await post(bridge, contactCall, await signRingoverWebhook(contactCall, KEYS.contactCall));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      uuid: PAUL.id,
      firstname: 'Paul',
      lastname: 'Martin',
      company: 'ACME',
      url: 'https://crm.example/contacts/42',
      data: { 'Open ticket': 'SAV-1021' },
      is_shared: true,
    });
    expect((await stores.interactions.list('acme', {}, { limit: 10 })).items).toHaveLength(0);
  });

  it('looks up the callee on outbound calls, and answers 204 for an unknown number', async () => {
    const { bridge } = makeBridge({ provider: ringover() });
    const outbound = contactCall
      .replace('"direction":"inbound"', '"direction":"outbound"')
      .replace(
        '"from_number":"33612345678","to_number":"33187654321"',
        '"from_number":"33187654321","to_number":"33612345678"',
      );
    const res = await post(bridge, outbound, await signRingoverWebhook(outbound, KEYS.contactCall));
    expect((await res.json()).uuid).toBe(PAUL.id);
    const unknown = contactCall.replace('"from_number":"33612345678"', '"from_number":"33699999999"');
    const none = await post(bridge, unknown, await signRingoverWebhook(unknown, KEYS.contactCall));
    expect(none.status).toBe(204);
    expect(await none.text()).toBe('');
  });

  it('answers 204 when the directory is slower than the budget', async () => {
    const slow: ContactDirectory = {
      findByPhone: () => new Promise<Contact | null>((resolve) => setTimeout(() => resolve(PAUL), 2000)),
      search: async () => [],
    };
    const { bridge } = makeBridge({ provider: ringover({ lookupBudgetMs: 50 }), contacts: slow });
    const started = performance.now();
    const res = await post(bridge, contactCall, await signRingoverWebhook(contactCall, KEYS.contactCall));
    expect(res.status).toBe(204);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('search/contact', () => {
  const search = ringoverFixtures['search/contact'];

  it('answers the array of contacts with their numbers as Ringover expects', async () => {
    const { bridge } = makeBridge({ provider: ringover() });
    const res = await post(
      bridge,
      search,
      await signRingoverWebhook(search, KEYS.contactSearch, { scheme: 'api-key' }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([
      {
        firstname: 'Paul',
        lastname: 'Martin',
        company: 'ACME',
        url: 'https://crm.example/contacts/42',
        numbers: [{ number: 33612345678, type: 'mobile' }],
      },
    ]);
  });

  it('answers 204 when nothing matches, and 401 with the wrong key', async () => {
    const { bridge } = makeBridge({ provider: ringover() });
    const nobody = search.replace('"martin"', '"zzz"');
    expect((await post(bridge, nobody, { authorization: KEYS.contactSearch })).status).toBe(204);
    expect((await post(bridge, search, { authorization: 'nope' })).status).toBe(401);
  });
});

describe('call/routing', () => {
  const routing = ringoverFixtures['call/routing'];

  it('answers 204 without a routing function', async () => {
    const { bridge } = makeBridge({ provider: ringover() });
    expect((await post(bridge, routing, await signRingoverWebhook(routing, KEYS.routingIvr))).status).toBe(
      204,
    );
  });

  it('answers the plan of the routing function, given E.164 numbers', async () => {
    const seen: string[] = [];
    const provider = ringover({
      routing: async (request) => {
        seen.push(`${request.tenant.id} ${request.callId} ${request.from.e164}`);
        return {
          name: 'redirections',
          dispatch: 'ringall',
          agents: [{ agent_type: 'agent_external', number: 33600000000 }],
        };
      },
    });
    const { bridge } = makeBridge({ provider });
    const res = await post(bridge, routing, await signRingoverWebhook(routing, KEYS.routingIvr));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dispatch: 'ringall', agents: [{ number: 33600000000 }] });
    expect(seen).toEqual(['acme 14486597828273463454 +33612345678']);
  });
});
