import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { assertBlobKey } from './blob-key.js';
import { MemoryBroadcaster, MemoryBroadcastHub } from './broadcaster.js';
import { MemoryCaseResolver } from './case-resolver.js';
import { MemoryContactDirectory } from './contact-directory.js';
import { decodeListCursor, encodeListCursor } from './cursor.js';
import { MemoryDedupeStore } from './dedupe-store.js';
import { MemoryEventLog } from './event-log.js';
import { backoffDelay, MemoryJobQueue } from './job-queue.js';
import { createMemoryStores } from './stores.js';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return isCallbridgeError(error) ? error.code : 'not-a-callbridge-error';
  }
}

describe('MemoryDedupeStore with an injected clock', () => {
  it('expires claims and commits exactly at their TTL', async () => {
    let now = 1_000;
    const store = new MemoryDedupeStore({ now: () => now });
    const claim = await store.claim('k', 100);
    expect(claim.status).toBe('claimed');
    now += 99;
    expect((await store.claim('k', 100)).status).toBe('in_progress');
    now += 1;
    const second = await store.claim('k', 100);
    expect(second.status).toBe('claimed');
    if (second.status !== 'claimed') throw new Error('expected a claim');
    await store.commit('k', second.token, 50);
    now += 49;
    expect((await store.claim('k', 100)).status).toBe('duplicate');
    now += 1;
    expect((await store.claim('k', 100)).status).toBe('claimed');
  });

  it('forgets expired keys', async () => {
    let now = 0;
    const store = new MemoryDedupeStore({ now: () => now });
    for (let i = 0; i < 10; i++) await store.claim(`k${i}`, 10);
    expect(store.size).toBe(10);
    now = 5_000;
    expect(store.size).toBe(0);
  });
});

describe('MemoryEventLog with an injected clock', () => {
  it('drops events older than maxAgeMs and reports truncation', async () => {
    let now = 0;
    const log = new MemoryEventLog({ maxAgeMs: 1_000, now: () => now });
    await log.append('t', 'call_event_created', { n: 1 });
    now = 500;
    await log.append('t', 'call_event_created', { n: 2 });
    now = 1_200;
    const read = await log.readAfter('t', '0');
    expect(read.events.map((e) => e.id)).toEqual(['2']);
    expect(read.truncated).toBe(true);
    expect((await log.readAfter('t', '1')).truncated).toBe(false);
    expect(read.events[0]?.createdAt).toBe(new Date(500).toISOString());
  });

  it('keeps exactly the newest maxEventsPerTenant events over many drops, then ages them out', async () => {
    let now = 0;
    const log = new MemoryEventLog({ maxEventsPerTenant: 3, maxAgeMs: 1_000, now: () => now });
    const ids = async (after: string, limit?: number) =>
      (await log.readAfter('t', after, limit)).events.map((e) => e.id);
    for (let n = 1; n <= 25; n++) {
      now = n;
      await log.append('t', 'call_event_created', { n });
      const kept = Array.from({ length: Math.min(3, n) }, (_, i) => String(n - Math.min(3, n) + 1 + i));
      expect(await ids('0')).toEqual(kept);
      expect((await log.readAfter('t', '0')).truncated).toBe(n > 3);
      expect((await log.readAfter('t', String(Math.max(0, n - 3)))).truncated).toBe(false);
      if (n > 4) expect((await log.readAfter('t', String(n - 4))).truncated).toBe(true);
    }
    expect(await ids('23')).toEqual(['24', '25']);
    expect(await ids('22', 1)).toEqual(['23']);
    expect((await log.readAfter('t', '23')).events[0]?.data).toEqual({ n: 24 });
    now = 1_025;
    expect(await ids('0')).toEqual(['25']);
    expect((await log.readAfter('t', '24')).truncated).toBe(false);
    expect((await log.readAfter('t', '23')).truncated).toBe(true);
    now = 5_000;
    await log.append('t', 'call_event_updated', { n: 26 });
    expect(await ids('0')).toEqual(['26']);
    expect((await log.readAfter('t', '25')).truncated).toBe(false);
  });

  it('rejects ids that are not decimal and retention that keeps nothing', async () => {
    const log = new MemoryEventLog();
    await expect(log.readAfter('t', 'abc')).rejects.toMatchObject({ code: 'invalid_query' });
    expect(codeOf(() => new MemoryEventLog({ maxEventsPerTenant: 0 }))).toBe('configuration_error');
  });
});

describe('MemoryBroadcaster', () => {
  it('keeps private hubs apart and shares a common hub', async () => {
    const received: string[] = [];
    const hub = new MemoryBroadcastHub();
    const a = new MemoryBroadcaster({ hub });
    const b = new MemoryBroadcaster({ hub });
    const lonely = new MemoryBroadcaster();
    await b.subscribe('t', (e) => received.push(e.id));
    const event = { id: '1', tenantId: 't', type: 'call_event_created' as const, data: {}, createdAt: '' };
    await a.publish(event);
    await lonely.publish({ ...event, id: '2' });
    expect(received).toEqual(['1']);
    await b.close();
    await a.publish({ ...event, id: '3' });
    expect(received).toEqual(['1']);
  });

  it('keeps delivering when a listener throws', async () => {
    const broadcaster = new MemoryBroadcaster();
    const received: string[] = [];
    await broadcaster.subscribe('t', () => {
      throw new Error('listener bug');
    });
    await broadcaster.subscribe('t', (e) => received.push(e.id));
    await broadcaster.publish({
      id: '1',
      tenantId: 't',
      type: 'call_event_updated',
      data: {},
      createdAt: '',
    });
    expect(received).toEqual(['1']);
  });
});

describe('list cursors', () => {
  it('round-trips and rejects foreign cursors with invalid_query', () => {
    const cursor = encodeListCursor({ occurredAt: '2026-01-01T00:00:00.000Z', id: 'é/+=' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeListCursor(cursor)).toEqual({ occurredAt: '2026-01-01T00:00:00.000Z', id: 'é/+=' });
    for (const bad of ['', 'not a cursor', encodeListCursor({ occurredAt: 'x', id: 'y' }), btoa('[1,2]')]) {
      expect(codeOf(() => decodeListCursor(bad))).toBe('invalid_query');
    }
  });
});

describe('assertBlobKey', () => {
  it('accepts relative keys and rejects traversal, absolute and odd keys', () => {
    expect(codeOf(() => assertBlobKey('recordings/t1/123.mp3'))).toBeNull();
    for (const bad of ['', '/etc/passwd', '../x', 'a/../b', 'a//b', 'a/./b', 'a\\b', 'C:/x', 'a\0b', 'a/']) {
      expect(codeOf(() => assertBlobKey(bad))).toBe('configuration_error');
    }
  });
});

describe('backoffDelay', () => {
  it('doubles exponential delays and keeps fixed ones', () => {
    expect([1, 2, 3].map((n) => backoffDelay({ type: 'exponential', delayMs: 100 }, n))).toEqual([
      100, 200, 400,
    ]);
    expect([1, 2, 3].map((n) => backoffDelay({ type: 'fixed', delayMs: 100 }, n))).toEqual([100, 100, 100]);
  });
});

describe('createMemoryStores', () => {
  it('creates every store, sharing the clock', async () => {
    const stores = createMemoryStores({ now: () => Date.parse('2026-05-05T05:05:05.000Z') });
    const event = await stores.eventLog.append('t', 'call_event_created', {});
    expect(event.createdAt).toBe('2026-05-05T05:05:05.000Z');
    expect(Object.keys(stores).sort()).toEqual(
      ['blobs', 'broadcaster', 'checkpoints', 'dedupe', 'eventLog', 'interactions', 'jobs'].sort(),
    );
    await stores.jobs.close();
  });

  it('gives the checkpoint store the clock: an entry set with ttlMs expires on it', async () => {
    const clock = { now: Date.parse('2026-05-05T05:05:05.000Z') };
    const stores = createMemoryStores({ now: () => clock.now });
    await stores.checkpoints.set('k', 1, { ttlMs: 1000 });
    clock.now += 1001;
    expect(await stores.checkpoints.get('k')).toBeNull();
    await stores.jobs.close();
  });
});

describe('MemoryContactDirectory', () => {
  const contacts = [
    {
      id: 'alice',
      tenantId: 't',
      displayName: 'Alice Martin',
      firstName: 'Alice',
      lastName: 'Martin',
      phones: [{ number: '+32470123456' }],
    },
    {
      id: 'bob',
      tenantId: 't',
      displayName: 'Bob',
      phones: [{ number: '+33612345678' }],
      email: 'bob@x.test',
    },
  ];

  it('finds numbers by partial digits, ignoring formatting and a trunk zero', async () => {
    const dir = new MemoryContactDirectory(contacts);
    expect((await dir.search('t', '0470 12 34')).map((c) => c.id)).toEqual(['alice']);
    expect((await dir.search('t', '(612) 345-678')).map((c) => c.id)).toEqual(['bob']);
    expect((await dir.search('t', 'alice martin')).map((c) => c.id)).toEqual(['alice']);
    expect((await dir.search('t', 'BOB@X')).map((c) => c.id)).toEqual(['bob']);
    expect(await dir.search('t', '   ')).toEqual([]);
    expect(await dir.search('t', '12')).toEqual([]);
  });

  it('returns copies of the contacts it was given', async () => {
    const input = structuredClone(contacts);
    const dir = new MemoryContactDirectory(input);
    input[0]!.displayName = 'changed';
    const found = await dir.findByPhone('t', '+32470123456');
    expect(found?.displayName).toBe('Alice Martin');
    if (found) found.displayName = 'changed again';
    expect((await dir.findByPhone('t', '+32470123456'))?.displayName).toBe('Alice Martin');
  });
});

describe('MemoryCaseResolver', () => {
  const cases = [
    {
      id: 'a',
      tenantId: 't',
      contactId: 'c',
      title: 'A',
      status: 'Pending',
      updatedAt: '2026-01-02T00:00:00Z',
    },
    { id: 'b', tenantId: 't', contactId: 'c', title: 'B', status: 'OPEN', updatedAt: '2026-01-01T00:00:00Z' },
  ];

  it('uses the default active statuses case-insensitively', async () => {
    expect((await new MemoryCaseResolver(cases).findActiveCase('t', 'c'))?.id).toBe('b');
  });

  it('accepts custom active statuses', async () => {
    const resolver = new MemoryCaseResolver(cases, { activeStatuses: ['pending', 'open'] });
    expect((await resolver.findActiveCase('t', 'c'))?.id).toBe('a');
  });
});

describe('MemoryJobQueue', () => {
  it('refuses a second handler for a name and jobs after close', async () => {
    const queue = new MemoryJobQueue();
    queue.process('x', async () => {});
    expect(() => queue.process('x', async () => {})).toThrow(/already registered/);
    await queue.close();
    await expect(queue.enqueue('x', {})).rejects.toMatchObject({ code: 'store_unavailable' });
  });

  it('uses the default attempts and backoff it was built with', async () => {
    const queue = new MemoryJobQueue({ defaultAttempts: 2, defaultBackoff: { type: 'fixed', delayMs: 1 } });
    const attempts: number[] = [];
    queue.process('y', async (job) => {
      attempts.push(job.attempt);
      throw new Error('no');
    });
    await queue.enqueue('y', {});
    for (let i = 0; i < 100 && (await queue.failed('y')).length === 0; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(attempts).toEqual([1, 2]);
    expect(await queue.failed('y')).toMatchObject([{ name: 'y', attempts: 2, error: 'no' }]);
    await queue.close();
  });
});
