import type { Broadcaster, StreamEvent } from '../ports/events.js';
import { sleep, suite, uniqueId, waitFor } from './helpers.js';
import type { ConformanceOptions, TestApi } from './types.js';

/** Options of `broadcasterConformance`. */
export interface BroadcasterConformanceOptions extends ConformanceOptions<Broadcaster> {
  /** Two broadcasters on one backend (two instances of an app): proves cross-instance delivery. */
  createPair?: () => Promise<[Broadcaster, Broadcaster]> | [Broadcaster, Broadcaster];
}

function event(tenantId: string, id: string): StreamEvent {
  return {
    id,
    tenantId,
    type: 'call_event_created',
    data: { id, nested: { ok: true } },
    createdAt: '2026-03-01T10:00:00.000Z',
  };
}

/** How long the suites wait to be sure an event is NOT delivered. */
const QUIET_MS = 60;

/**
 * The `Broadcaster` contract: events reach every live subscriber of their tenant and no other
 * tenant's, unsubscribe stops delivery, and (with `createPair`) an event published on one
 * instance reaches subscribers of the other.
 */
export function broadcasterConformance(t: TestApi, options: BroadcasterConformanceOptions): void {
  const { it, expect } = t;
  suite(t, 'Broadcaster', options, (broadcaster) => {
    it('delivers to every subscriber of the tenant and to no other tenant', async () => {
      const a = uniqueId('tenant-a');
      const b = uniqueId('tenant-b');
      const first: StreamEvent[] = [];
      const second: StreamEvent[] = [];
      const other: StreamEvent[] = [];
      const subs = [
        await broadcaster().subscribe(a, (e) => first.push(e)),
        await broadcaster().subscribe(a, (e) => second.push(e)),
        await broadcaster().subscribe(b, (e) => other.push(e)),
      ];
      await broadcaster().publish(event(a, '1'));
      await waitFor(() => first.length === 1 && second.length === 1, 'delivery to both subscribers');
      expect(first[0]).toEqual(event(a, '1'));
      expect(second[0]).toEqual(event(a, '1'));
      await sleep(QUIET_MS);
      expect(other).toEqual([]);
      for (const unsubscribe of subs) await unsubscribe();
    });

    it('keeps the publish order for one tenant', async () => {
      const tenantId = uniqueId('tenant');
      const got: string[] = [];
      const unsubscribe = await broadcaster().subscribe(tenantId, (e) => got.push(e.id));
      for (let i = 1; i <= 5; i++) await broadcaster().publish(event(tenantId, String(i)));
      await waitFor(() => got.length === 5, 'five events');
      expect(got).toEqual(['1', '2', '3', '4', '5']);
      await unsubscribe();
    });

    it('stops delivering after unsubscribe', async () => {
      const tenantId = uniqueId('tenant');
      const kept: string[] = [];
      const dropped: string[] = [];
      const keep = await broadcaster().subscribe(tenantId, (e) => kept.push(e.id));
      const drop = await broadcaster().subscribe(tenantId, (e) => dropped.push(e.id));
      await broadcaster().publish(event(tenantId, '1'));
      await waitFor(() => kept.length === 1 && dropped.length === 1, 'the first event');
      await drop();
      await broadcaster().publish(event(tenantId, '2'));
      await waitFor(() => kept.length === 2, 'the second event');
      await sleep(QUIET_MS);
      expect(dropped).toEqual(['1']);
      await keep();
    });

    const createPair = options.createPair;
    if (createPair) {
      it('delivers across instances sharing a backend', async () => {
        const [one, two] = await createPair();
        try {
          const tenantId = uniqueId('tenant');
          const onTwo: string[] = [];
          const onOne: string[] = [];
          const subTwo = await two.subscribe(tenantId, (e) => onTwo.push(e.id));
          const subOne = await one.subscribe(tenantId, (e) => onOne.push(e.id));
          const elsewhere: string[] = [];
          const subOther = await two.subscribe(uniqueId('tenant'), (e) => elsewhere.push(e.id));
          await one.publish(event(tenantId, '1'));
          await two.publish(event(tenantId, '2'));
          await waitFor(() => onTwo.length === 2 && onOne.length === 2, 'cross-instance delivery');
          expect([...onTwo].sort()).toEqual(['1', '2']);
          expect([...onOne].sort()).toEqual(['1', '2']);
          await sleep(QUIET_MS);
          expect(elsewhere).toEqual([]);
          await subTwo();
          await subOne();
          await subOther();
        } finally {
          await one.close?.();
          await two.close?.();
        }
      });
    }
  });
}
