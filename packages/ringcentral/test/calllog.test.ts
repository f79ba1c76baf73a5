import { MemoryCheckpointStore } from '@callbridge/core';
import { callLogRecord, createRingCentralMock, FakeClock } from '@callbridge/ringcentral/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBridge } from './helpers.js';

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.state.callLog = [];
  mock.state.callLogPageSize = null;
  mock.state.callLogRequests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const T0 = Date.parse('2025-03-04T16:00:00.000Z');
const at = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const rec = (n: number, offsetMs: number) =>
  callLogRecord({ id: `cl-${n}`, recordingId: `rec-${n}`, sessionId: `s-${n}`, startTime: at(offsetMs) });

async function recordIds(bridge: ReturnType<typeof makeBridge>['bridge']): Promise<string[]> {
  const page = await bridge.runtime.interactions.list('t1', {}, { limit: 100 });
  return page.items.map((i) => i.sourceRecordId).sort();
}

async function createdEvents(bridge: ReturnType<typeof makeBridge>['bridge']) {
  const log = await bridge.runtime.eventLog.readAfter('t1', '0', 1000);
  return log.events.filter((e) => e.type === 'call_event_created');
}

describe('call-log poller', () => {
  it('reads three pages following navigation.nextPage with the documented query', async () => {
    mock.state.callLog = [rec(1, -3_600_000), rec(2, -1_800_000), rec(3, -600_000)];
    mock.state.callLogPageSize = 1;
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    const result = await provider.poll('t1');
    expect(result).toMatchObject({ pages: 3, records: 3, skipped: 0 });
    expect(mock.state.callLogRequests).toHaveLength(3);
    const first = mock.state.callLogRequests[0] as URL;
    expect(Object.fromEntries(first.searchParams)).toMatchObject({
      type: 'Voice',
      recordingType: 'All',
      perPage: '1000',
      view: 'Detailed',
      dateFrom: at(-86_400_000),
      dateTo: at(0),
    });
    expect(mock.state.callLogRequests.map((u) => u.searchParams.get('page'))).toEqual([null, '2', '3']);
    expect(await recordIds(bridge)).toEqual(['rec-1', 'rec-2', 'rec-3']);
    await bridge.close();
  });

  it('rides out a 429 storm on a later page, honouring Retry-After on the fake clock', async () => {
    mock.state.callLog = [rec(1, -3_600_000), rec(2, -1_800_000)];
    mock.state.callLogPageSize = 1;
    let limited = 0;
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/account/:id/call-log', ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2' && limited < 4) {
          limited += 1;
          return HttpResponse.json(
            { errorCode: 'CMN-301', errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }] },
            { status: 429, headers: limited === 4 ? {} : { 'Retry-After': '20' } },
          );
        }
        return undefined;
      }),
    );
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    const started = Date.now();
    const result = await provider.poll('t1');
    expect(result).toMatchObject({ pages: 2, records: 2 });
    expect(clock.sleeps).toEqual([20_000, 20_000, 20_000, 60_000]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await recordIds(bridge)).toEqual(['rec-1', 'rec-2']);
    await bridge.close();
  });

  it('resumes after a restart from its checkpoint with no gap and no duplicate', async () => {
    const checkpoints = new MemoryCheckpointStore();
    const clock = new FakeClock(T0);
    mock.state.callLog = [rec(1, -600_000), rec(2, -30_000)];
    const first = makeBridge({ clock, checkpoints });
    await first.bridge.start();
    await first.provider.poll('t1');
    await first.bridge.close();

    // While "down": a call that started before the first poll's end shows up late (call-log lag),
    // and a new one happens.
    mock.state.callLog.push(rec(3, -20_000), rec(4, 60_000));
    clock.advance(300_000);
    const second = makeBridge({ clock, checkpoints });
    await second.bridge.start();
    // a new process: only the checkpoints survived
    const result = await second.provider.poll('t1');
    const [, resumed] = mock.state.callLogRequests;
    // overlap (120 s) + the longest call looked back for (2 h by default)
    expect(resumed?.searchParams.get('dateFrom')).toBe(at(-120_000 - 7_200_000));
    expect(resumed?.searchParams.get('dateTo')).toBe(at(300_000));
    expect(result).toMatchObject({ records: 4, skipped: 2 });
    expect(await recordIds(second.bridge)).toEqual(['rec-3', 'rec-4']);
    expect(await createdEvents(second.bridge)).toHaveLength(2);
    await second.bridge.close();
  });

  it('a restart on the same stores ingests every call exactly once', async () => {
    const checkpoints = new MemoryCheckpointStore();
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    mock.state.callLog = [rec(1, -600_000), rec(2, -30_000)];
    await provider.poll('t1');
    mock.state.callLog.push(rec(3, -20_000), rec(4, 60_000));
    clock.advance(300_000);
    const restarted = (await import('@callbridge/ringcentral')).ringcentral({
      clientId: 'client-id',
      clientSecret: 'client-secret',
      jwt: 'jwt-credential',
      accountId: '809640001',
      verificationToken: 'x',
      clock,
      background: false,
      tenantIds: ['t1'],
    });
    await restarted.setup?.(bridge.runtime);
    await restarted.poll('t1');
    expect(await recordIds(bridge)).toEqual(['rec-1', 'rec-2', 'rec-3', 'rec-4']);
    expect(await createdEvents(bridge)).toHaveLength(4);
    const log = await bridge.runtime.eventLog.readAfter('t1', '0', 1000);
    // outcome + recording per call, nothing more: the overlap re-read of rec-2 was skipped
    expect(log.events).toHaveLength(8);
    await bridge.close();
  });

  it('finds a long call by regular polls: the window reaches back maxCallDurationMs before the last end', async () => {
    const checkpoints = new MemoryCheckpointStore();
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    await provider.poll('t1'); // 16:00
    clock.advance(300_000);
    await provider.poll('t1'); // 16:05, the call (started 16:01) is still running
    clock.advance(300_000);
    await provider.poll('t1'); // 16:10, still running
    // a 10-minute call from 16:01 to 16:11, listed in the call log once it ended
    mock.state.callLog.push(
      callLogRecord({ id: 'long', recordingId: 'rec-long', startTime: at(60_000), duration: 600 }),
    );
    clock.advance(300_000);
    const result = await provider.poll('t1'); // 16:15
    expect(result.records).toBe(1);
    expect(await recordIds(bridge)).toEqual(['rec-long']);
    await bridge.close();
  });

  it('re-reading the look-back window without the checkpoint list stores nothing twice', async () => {
    const checkpoints = new MemoryCheckpointStore();
    const clock = new FakeClock(T0);
    mock.state.callLog = [rec(1, -3_600_000), rec(2, -600_000)];
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    await provider.poll('t1');
    const afterFirst = await bridge.runtime.eventLog.lastId('t1');
    // a checkpoint that does not list them (written before the look-back existed)
    const key = 'ringcentral/calllog/t1';
    const checkpoint = await checkpoints.get<{ dateTo: string; seen: unknown[] }>(key);
    await checkpoints.set(key, { ...checkpoint, seen: [] });
    clock.advance(300_000);
    const result = await provider.poll('t1');
    expect(result).toMatchObject({ records: 2, skipped: 0, events: 4 });
    expect(await bridge.runtime.eventLog.lastId('t1')).toBe(afterFirst);
    expect(await recordIds(bridge)).toEqual(['rec-1', 'rec-2']);
    await bridge.close();
  });

  it('reconciles the last 24 h idempotently', async () => {
    mock.state.callLog = [rec(1, -20 * 3_600_000), rec(2, -60_000)];
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    const once = await provider.reconcile('t1');
    const afterFirst = await bridge.runtime.eventLog.lastId('t1');
    const twice = await provider.reconcile('t1');
    expect(once.records).toBe(2);
    expect(twice.records).toBe(2);
    expect(mock.state.callLogRequests.at(-1)?.searchParams.get('dateFrom')).toBe(at(-86_400_000));
    expect(await bridge.runtime.eventLog.lastId('t1')).toBe(afterFirst);
    expect(await recordIds(bridge)).toEqual(['rec-1', 'rec-2']);
    await bridge.close();
  });

  it('does not move the checkpoint when a page fails, so the next poll retries the window', async () => {
    const checkpoints = new MemoryCheckpointStore();
    const clock = new FakeClock(T0);
    mock.state.callLog = [rec(1, -600_000)];
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/account/:id/call-log', () =>
        HttpResponse.json({ errors: [{ errorCode: 'CMN-408', message: 'No permission' }] }, { status: 403 }),
      ),
    );
    await expect(provider.poll('t1')).rejects.toMatchObject({ details: { errorCode: 'CMN-408' } });
    expect(await checkpoints.get('ringcentral/calllog/t1')).toBeNull();
    server.resetHandlers();
    await provider.poll('t1');
    expect(await recordIds(bridge)).toEqual(['rec-1']);
    await bridge.close();
  });

  it('logs a failed background poll without the phone numbers its error quotes', async () => {
    const errors: Array<Record<string, unknown> | undefined> = [];
    const none = () => undefined;
    const logger = {
      debug: none,
      info: none,
      warn: none,
      error: (_m: string, f?: Record<string, unknown>) => errors.push(f),
    };
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/account/:id/call-log', () =>
        HttpResponse.json(
          {
            errors: [
              {
                errorCode: 'CMN-102',
                message: 'Resource for parameter [phoneNumber] +14155550123 is not found',
              },
            ],
          },
          { status: 404 },
        ),
      ),
    );
    const { bridge } = makeBridge({
      clock: new FakeClock(T0),
      logger,
      provider: { background: true },
      background: true,
    });
    await bridge.start();
    await vi.waitFor(() => expect(errors.some((f) => f?.code !== undefined)).toBe(true));
    const text = JSON.stringify(errors);
    expect(text).toContain('is not found');
    expect(text).not.toContain('4155550123');
    await bridge.close();
  });

  it('fails a poll whose pages link back to a page already read, instead of looping for ever', async () => {
    const checkpoints = new MemoryCheckpointStore();
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0), checkpoints });
    await bridge.start();
    const self = 'https://platform.ringcentral.com/restapi/v1.0/account/~/call-log?page=2';
    let pages = 0;
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/account/:id/call-log', () => {
        pages += 1;
        if (pages > 20) return HttpResponse.json({ records: [], navigation: {} });
        return HttpResponse.json({ records: [], navigation: { nextPage: { uri: self } } });
      }),
    );
    await expect(provider.poll('t1')).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('links back to a page it already sent'),
    });
    expect(pages).toBe(2);
    expect(await checkpoints.get('ringcentral/calllog/t1')).toBeNull();
    await bridge.close();
  });
});
