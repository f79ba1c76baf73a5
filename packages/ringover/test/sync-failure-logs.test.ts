import {
  type ContactDirectory,
  createCallBridge,
  createMemoryStores,
  type Logger,
  staticTenants,
} from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { type RingoverRoutingFunction, ringover } from '../src/index.js';
import { ringoverFixtures, signRingoverWebhook } from '../src/testing.js';
import { KEYS, NOW, post } from './helpers.js';

// A failing CRM directory or routing function is answered 204 and logged: its message may quote
// the number it was given, which must not reach the log in full.

function bridgeLogging(contacts: ContactDirectory, routing?: RingoverRoutingFunction) {
  const lines: string[] = [];
  const log = (message: string, fields?: Record<string, unknown>) =>
    lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  const bridge = createCallBridge({
    providers: [ringover(routing ? { routing } : {})],
    tenants: staticTenants([{ id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } }]),
    authenticate: () => null,
    contacts,
    stores: createMemoryStores({ now: () => NOW }),
    background: false,
    now: () => NOW,
    logger,
  });
  return { bridge, lines };
}

const failing: ContactDirectory = {
  findByPhone: async (_tenantId, e164) => {
    throw new Error(`CRM lookup failed for ${e164} (raw ${e164.slice(1)})`);
  },
  search: async (_tenantId, query) => {
    throw new Error(`CRM search failed for "${query}"`);
  },
};

describe('Ringover synchronous answers log failures without full phone numbers', () => {
  it('caller card', async () => {
    const { bridge, lines } = bridgeLogging(failing);
    const body = ringoverFixtures['call/contact'];
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.contactCall));
    expect(res.status).toBe(204);
    const logged = lines.join('\n');
    expect(logged).toContain('caller card lookup failed');
    expect(logged).toContain('+33*******78');
    expect(logged).not.toContain('612345678');
  });

  it('contact search for a number', async () => {
    const { bridge, lines } = bridgeLogging(failing);
    const body = ringoverFixtures['search/contact'].replace('"martin"', '"06 12 34 56 78"');
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.contactSearch));
    expect(res.status).toBe(204);
    const logged = lines.join('\n');
    expect(logged).toContain('contact search failed');
    expect(logged).not.toMatch(/12 34 56|12345678/);
  });

  it('routing function', async () => {
    const { bridge, lines } = bridgeLogging(failing, async (request) => {
      throw new Error(`no route from ${request.from.e164} / ${request.from.raw} to ${request.to.raw}`);
    });
    const body = ringoverFixtures['call/routing'];
    const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.routingIvr));
    expect(res.status).toBe(204);
    const logged = lines.join('\n');
    expect(logged).toContain('routing function failed');
    expect(logged).not.toMatch(/612345678|187654321/);
  });
});
