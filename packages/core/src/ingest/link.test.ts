import { describe, expect, it } from 'vitest';
import { MemoryCaseResolver, MemoryContactDirectory, MemoryInteractionStore } from '../memory/index.js';
import type { CallEventInput } from '../model/call-event.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// The contact and case link of a call must not depend on the order its events arrive in, even
// when some of them do not know the direction (and so not which party is external).

const CUSTOMER = '+32470123456';
const AGENT_LINE = '+32471234567';

const contacts = () =>
  new MemoryContactDirectory([
    { id: 'c-customer', tenantId: TENANT, displayName: 'Customer', phones: [{ number: CUSTOMER }] },
    { id: 'c-agent-line', tenantId: TENANT, displayName: 'Front desk', phones: [{ number: AGENT_LINE }] },
  ]);

const kase = (id: string, contactId: string, status: string, updatedAt: string) => ({
  id,
  tenantId: TENANT,
  contactId,
  title: id,
  status,
  updatedAt,
});

const cases = () =>
  new MemoryCaseResolver([
    kase('customer-old', 'c-customer', 'open', '2026-01-01'),
    kase('customer-new', 'c-customer', 'open', '2026-02-01'),
    kase('customer-done', 'c-customer', 'closed', '2026-03-01'),
    kase('agent-line-case', 'c-agent-line', 'open', '2026-02-15'),
  ]);

const party = (raw: string | null) => ({ raw, e164: null });

const ENDED = '2026-02-17T10:32:00.000Z';

/** A new event of call-1 (a fresh delivery id) from `from` to `to`, with `fields`. */
const between = (from: string, to: string, fields: Partial<CallEventInput>) =>
  callEvent({ from: party(from), to: party(to), ...fields });

/** A bridge without background work that stores in `interactions` and links to `contacts()`. */
const bridgeOver = (interactions: MemoryInteractionStore, more: { cases?: MemoryCaseResolver } = {}) =>
  testBridge({ background: false, contacts: contacts(), stores: { interactions }, ...more });

/** Ingests `events` in order on a fresh bridge; the stored contact and case of call-1. */
async function linkAfter(events: CallEventInput[], caseResolver = cases()) {
  const interactions = new MemoryInteractionStore();
  const { bridge } = await bridgeOver(interactions, { cases: caseResolver });
  try {
    for (const event of events) await bridge.ingest(event);
    const record = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    return { contactId: record?.contactId ?? null, caseId: record?.caseId ?? null };
  } finally {
    await bridge.close();
  }
}

/** Both arrival orders of two events (fresh delivery ids each time). */
function bothOrders(first: () => CallEventInput, second: () => CallEventInput): CallEventInput[][] {
  return [
    [first(), second()],
    [second(), first()],
  ];
}

/** Both arrival orders of a ringing event with `direction` and an end event without a direction. */
function ringingAndEnded(
  from: string,
  to: string,
  direction: CallEventInput['direction'],
  ended: Partial<CallEventInput> = {},
): CallEventInput[][] {
  return bothOrders(
    () => between(from, to, { kind: 'ringing', direction }),
    () => between(from, to, { kind: 'ended', direction: null, occurredAt: ENDED, ...ended }),
  );
}

const CUSTOMER_LINK = { contactId: 'c-customer', caseId: 'customer-new' };

describe('the contact and case link does not depend on arrival order', () => {
  it('outbound call: the callee is linked whether the event without a direction comes first or last', async () => {
    const orders = ringingAndEnded(AGENT_LINE, CUSTOMER, 'outbound', { endedAt: ENDED });
    for (const order of orders) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('inbound call: the caller is linked in both orders', async () => {
    const orders = ringingAndEnded(CUSTOMER, AGENT_LINE, 'inbound');
    for (const order of orders) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('an event naming only the agent side (RingSense without callDirection) never replaces the link', async () => {
    const ended = () => between(AGENT_LINE, CUSTOMER, { kind: 'ended', direction: 'outbound' });
    const insights = () =>
      between(AGENT_LINE, AGENT_LINE, {
        kind: 'insights',
        direction: null,
        insights: { summary: 'Called back about the invoice.' },
      });
    for (const order of bothOrders(ended, insights)) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('a call whose events never carry a direction still links the caller, in both orders', async () => {
    const orders = ringingAndEnded(CUSTOMER, AGENT_LINE, null);
    for (const order of orders) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('the case follows the contact: a customer without an active case does not keep the agent line case', async () => {
    const noCustomerCase = () =>
      new MemoryCaseResolver([kase('agent-line-case', 'c-agent-line', 'open', '2026-02-15')]);
    for (const order of ringingAndEnded(AGENT_LINE, CUSTOMER, 'outbound'))
      expect(await linkAfter(order, noCustomerCase())).toEqual({ contactId: 'c-customer', caseId: null });
  });

  it('links without reading the stored record first (the merge decides, atomically)', async () => {
    const interactions = new MemoryInteractionStore();
    let reads = 0;
    const getBySource = interactions.getBySource.bind(interactions);
    interactions.getBySource = async (tenantId, source, sourceRecordId) => {
      reads += 1;
      return getBySource(tenantId, source, sourceRecordId);
    };
    const { bridge } = await bridgeOver(interactions);
    try {
      await bridge.ingest(between(AGENT_LINE, CUSTOMER, { direction: 'outbound' }));
      await bridge.ingest(between(AGENT_LINE, CUSTOMER, { direction: null }));
      expect(reads).toBe(0);
      expect((await getBySource(TENANT, 'RINGOVER', 'call-1'))?.contactId).toBe('c-customer');
    } finally {
      await bridge.close();
    }
  });

  it('a guess and a known direction arriving at the same time still end on the known link', async () => {
    for (let round = 0; round < 5; round++) {
      const interactions = new MemoryInteractionStore();
      const { bridge } = await bridgeOver(interactions);
      try {
        await Promise.all([
          bridge.ingest(between(AGENT_LINE, CUSTOMER, { direction: null })),
          bridge.ingest(between(AGENT_LINE, CUSTOMER, { kind: 'ended', direction: 'outbound' })),
        ]);
        expect((await interactions.getBySource(TENANT, 'RINGOVER', 'call-1'))?.contactId).toBe('c-customer');
      } finally {
        await bridge.close();
      }
    }
  });
});
