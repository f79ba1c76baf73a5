import { createServer } from 'node:net';
import { isCallbridgeError } from '@callbridge/core';
import { makeInteractionUpsert, rejectionOf } from '@callbridge/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fromPgPool,
  migrate,
  PostgresBroadcaster,
  PostgresCaseResolver,
  PostgresCheckpointStore,
  PostgresContactDirectory,
  PostgresDedupeStore,
  PostgresEventLog,
  PostgresInteractionStore,
} from '../src/index.js';

/** A loopback port nothing listens on: bound once to get a free number, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function expectUnavailable(error: unknown): void {
  expect(isCallbridgeError(error)).toBe(true);
  expect(error).toMatchObject({ code: 'store_unavailable', status: 503 });
}

// Needs no server: the point is that there is none.
describe('Postgres unreachable', () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({
      host: '127.0.0.1',
      port: await closedPort(),
      user: 'x',
      connectionTimeoutMillis: 2000,
    });
  });
  afterAll(async () => {
    await pool.end();
  });

  it('rejects every store call with store_unavailable (503), so the webhook answers 503', async () => {
    const client = fromPgPool(pool);
    const interactions = new PostgresInteractionStore({ client });
    const events = new PostgresEventLog({ client });
    const checkpoints = new PostgresCheckpointStore({ client });
    const dedupe = new PostgresDedupeStore({ client });
    const columns = { id: 'id', tenantId: 't', displayName: 'n', phones: ['p'] };
    const contacts = new PostgresContactDirectory({ client, table: 'c', columns });
    const cases = new PostgresCaseResolver({
      client,
      table: 'k',
      columns: { id: 'id', tenantId: 't', contactId: 'c', title: 'n', status: 's', updatedAt: 'u' },
    });
    const calls: Array<Promise<unknown>> = [
      migrate(client),
      interactions.upsert(makeInteractionUpsert()),
      interactions.get('t', 'id'),
      interactions.getBySource('t', 'RINGOVER', '1'),
      interactions.list('t', {}, { limit: 10 }),
      interactions.stats('t', { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' }),
      events.append('t', 'call_event_created', {}),
      events.readAfter('t', '0'),
      events.lastId('t'),
      checkpoints.get('k'),
      checkpoints.set('k', 1),
      checkpoints.delete('k'),
      dedupe.claim('k', 1000),
      dedupe.commit('k', 'token', 1000),
      dedupe.release('k', 'token'),
      contacts.findByPhone('t', '+32470123456'),
      contacts.search('t', 'alice'),
      cases.findActiveCase('t', 'c'),
    ];
    for (const call of calls) expectUnavailable(await rejectionOf(call));
    const error = await rejectionOf(interactions.upsert(makeInteractionUpsert()));
    expect(String((error as Error).message)).toMatch(/retry/);
  });

  it('rejects broadcaster publish and subscribe with store_unavailable', async () => {
    const broadcaster = new PostgresBroadcaster({ pool });
    expectUnavailable(await rejectionOf(broadcaster.subscribe('t', () => {})));
    expectUnavailable(
      await rejectionOf(
        broadcaster.publish({ id: '1', tenantId: 't', type: 'call_event_created', data: {}, createdAt: '' }),
      ),
    );
    await broadcaster.close();
  });
});
