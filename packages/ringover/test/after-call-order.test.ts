import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { FIXTURE_CALL_ID, ringoverFixtures, signRingoverWebhook } from '../src/testing.js';
import { KEYS, makeBridge, post } from './helpers.js';

// Invariant 3 for the after-call work: Ringover's `aftercall` (an `after_call` event, which marks
// its call ended) converges with the call's lifecycle webhooks whatever the arrival order.

type Name = keyof typeof ringoverFixtures;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

async function replay(order: Name[]) {
  const { bridge, stores } = makeBridge({ provider: ringover() });
  for (const name of order) {
    const body = ringoverFixtures[name];
    expect((await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents))).status).toBe(200);
  }
  const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
  const { id, createdAt, updatedAt, version, ...rest } = record!;
  return rest;
}

const CASES: Array<{ events: Name[]; expected: Record<string, unknown> }> = [
  {
    events: ['call/ringing', 'call/answered', 'call/hangup', 'aftercall/aftercall'],
    expected: { callType: 'answered', callState: 'ended', durationSeconds: 172 },
  },
  {
    events: ['call/ringing', 'call/missed', 'call/voicemail', 'aftercall/aftercall'],
    expected: { callType: 'voicemail', callState: 'ended', reason: 'busy' },
  },
  { events: ['call/ringing', 'aftercall/aftercall'], expected: { callType: 'ringing', callState: 'ended' } },
];

describe('the after-call work converges with the call lifecycle in any order', () => {
  for (const { events, expected } of CASES)
    it(`every order of ${events.join(', ')} gives one record`, async () => {
      const orders = permutations(events);
      const first = await replay(orders[0]!);
      expect(first.metadata).toMatchObject({
        ...expected,
        comments: 'Client satisfait',
        tags: ['devis'],
        direction: 'inbound',
        agent: { id: '22673838' },
      });
      expect(first.title).toMatch(/^(Inbound call|Voicemail) - \+33 6 12 34 56 78$/);
      for (const order of orders.slice(1)) expect(await replay(order), order.join(' → ')).toEqual(first);
    });
});

describe('the after-call comment: the newest one is kept, in any order', () => {
  it('comments_updated (t=300) and the after-call work (t=302) give the later comment either way', async () => {
    const events: Name[] = ['aftercall/comments_updated', 'aftercall/aftercall', 'aftercall/tags_updated'];
    for (const order of permutations(events)) {
      const record = await replay(order);
      expect(record.metadata.comments, order.join(' → ')).toBe('Client satisfait');
      // The tags follow their own whole-list rule: the after-call work's list is the newest too.
      expect(record.metadata.tags, order.join(' → ')).toEqual(['devis']);
    }
  });
});

describe('a record made from the after-call work alone', () => {
  it('is an ended call, not a ringing one, in either order with the ringing', async () => {
    const orders: Name[][] = [
      ['aftercall/aftercall'],
      ['aftercall/aftercall', 'call/ringing'],
      ['call/ringing', 'aftercall/aftercall'],
    ];
    for (const order of orders) {
      const record = await replay(order);
      expect(record.metadata, `${order.length} events`).toMatchObject({
        callState: 'ended',
        comments: 'Client satisfait',
        tags: ['devis'],
      });
      // A record of unknown direction still ringing is titled "Incoming call"; an ended one "Call".
      expect(record.title, `${order.length} events`).not.toMatch(/^Incoming call/);
    }
  });
});
