import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory } from '../memory/contact-directory.js';
import { staticTenants } from '../memory/tenants.js';
import { SseReader } from './testing/sse-reader.js';

// Where GET /events/stream resumes from: the Last-Event-ID header, else ?lastEventId=. Some
// clients and proxies send the header empty (an EventSource polyfill that always sets it, a proxy
// that keeps the name and drops the value): an empty header says nothing, so the query decides.

function setup() {
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 't1', key: 'k1' }]),
    authenticate: () => ({ tenantId: 't1', userId: 'u1' }),
    contacts: new MemoryContactDirectory([]),
    background: false,
  });
  const emit = async (n: number) => {
    const event = await bridge.runtime.eventLog.append('t1', 'call_event_updated', { n });
    await bridge.runtime.broadcaster.publish(event);
    return event.id;
  };
  const open = async (query: string, headers: Record<string, string> = {}) =>
    new SseReader(await bridge.handle(new Request(`http://x/api/v1/events/stream${query}`, { headers })));
  return { bridge, emit, open };
}

const numbers = (events: Array<{ data: string }>) =>
  events.map((e) => (JSON.parse(e.data) as { n: number }).n);

describe('the resume id of GET /events/stream', () => {
  it('uses ?lastEventId= when the Last-Event-ID header is empty', async () => {
    const { bridge, emit, open } = setup();
    const first = await emit(1);
    await emit(2);
    await emit(3);
    const stream = await open(`?lastEventId=${first}`, { 'last-event-id': '' });
    expect(numbers(await stream.take(2, { timeoutMs: 1000 }))).toEqual([2, 3]);
    await stream.cancel();
    await bridge.close();
  });

  it('lets a non-empty header win over the query, and starts live with neither', async () => {
    const { bridge, emit, open } = setup();
    const first = await emit(1);
    const second = await emit(2);
    await emit(3);
    const byHeader = await open(`?lastEventId=${first}`, { 'last-event-id': second });
    expect(numbers(await byHeader.take(1, { timeoutMs: 1000 }))).toEqual([3]);
    await byHeader.cancel();
    const fresh = await open('', { 'last-event-id': '' });
    await emit(4);
    expect(numbers(await fresh.take(1, { timeoutMs: 1000 }))).toEqual([4]);
    await fresh.cancel();
    await bridge.close();
  });
});
