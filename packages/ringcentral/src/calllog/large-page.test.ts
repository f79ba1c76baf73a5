import { type CallEventInput, type Logger, MemoryCheckpointStore } from '@callbridge/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../client/fake-clock.js';
import { RingCentralClient } from '../client/platform-client.js';
import { callLogRecord, createRingCentralMock } from '../testing.js';
import { CallLogPoller } from './poller.js';

// A call-log page in the Detailed view larger than the client reads (maxResponseBytes, 16 MiB by
// default): the poller reads that part of the log again in smaller pages, and skips (logged and
// counted) only a page that is still too large at one record, so one huge record never stops sync.

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
const LIMIT = 64 * 1024;
/** A Detailed-view row of about `bytes` bytes (padding in a leg's extra field). */
const row = (n: number, bytes = 0) =>
  callLogRecord({
    id: `cl-${n}`,
    recordingId: `rec-${n}`,
    sessionId: `s-${n}`,
    startTime: new Date(T0 - 3_600_000 + n * 1000).toISOString(),
    legs: [
      { legType: 'Accept', startTime: new Date(T0).toISOString(), duration: 10, pad: 'x'.repeat(bytes) },
    ],
  });

function setup() {
  const clock = new FakeClock(T0);
  const client = new RingCentralClient({
    clientId: 'id',
    clientSecret: 'secret',
    jwt: 'jwt-credential',
    clock,
    maxResponseBytes: LIMIT,
    rateLimits: { heavy: 1000 },
  });
  const ingested: CallEventInput[] = [];
  const logger: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const checkpoints = new MemoryCheckpointStore();
  const poller = new CallLogPoller({
    client,
    checkpoints,
    checkpointKey: 'cl',
    tenantId: 't1',
    clock,
    logger,
    ingest: async (event) => {
      ingested.push(event);
      return { status: 'created' } as never;
    },
  });
  const ids = () => [...new Set(ingested.map((e) => e.sourceRecordId))].sort();
  return { poller, logger, ids, checkpoints, clock };
}

const pagesAsked = () =>
  mock.state.callLogRequests.map(
    (u) => `${u.searchParams.get('page') ?? '1'}/${u.searchParams.get('perPage')}`,
  );

describe('call-log page over the answer limit', () => {
  it('reads the part of the log again in smaller pages and ingests every call', async () => {
    // 40 rows of ~3 KiB: 120 KiB in one page; the same rows fit pages of 25
    mock.state.callLog = Array.from({ length: 40 }, (_, i) => row(i + 1, 3000));
    const { poller, ids, logger } = setup();
    const result = await poller.poll();
    expect(result).toMatchObject({ records: 40, unreadPages: 0 });
    expect(ids()).toHaveLength(40);
    expect(logger.error).not.toHaveBeenCalled();
    // the first page, then smaller ones over the same records, and no page asked twice
    expect(pagesAsked()[0]).toBe('1/1000');
    expect(new Set(pagesAsked()).size).toBe(pagesAsked().length);
  });

  it('skips only the one record too large for any page, logs and counts it, and moves on', async () => {
    mock.state.callLog = [
      ...Array.from({ length: 12 }, (_, i) => row(i + 1, 500)),
      row(13, 100 * 1024),
      ...Array.from({ length: 12 }, (_, i) => row(i + 14, 500)),
    ];
    const { poller, ids, logger, checkpoints, clock } = setup();
    const result = await poller.poll();
    expect(result).toMatchObject({ records: 24, unreadPages: 1 });
    expect(ids()).toHaveLength(24);
    expect(ids()).not.toContain('rec-13');
    expect(logger.error).toHaveBeenCalledTimes(1);
    const [message, fields] = vi.mocked(logger.error).mock.calls[0] as [string, Record<string, unknown>];
    expect(message).toContain('too large');
    expect(fields).toMatchObject({ perPage: 1, limit: LIMIT });
    expect(typeof fields.page).toBe('number');
    // the checkpoint moved on: the next poll does not fail either
    expect(await checkpoints.get('cl')).toMatchObject({ dateTo: new Date(T0).toISOString() });
    clock.advance(300_000);
    await expect(poller.poll()).resolves.toMatchObject({ unreadPages: 1 });
  });

  it('a page reached by a nextPage link is read again in smaller pages too', async () => {
    // a server that pages by 10 whatever is asked; its second page is too large
    mock.state.callLog = [
      // the call log lists the newest first: page 2 holds rows 15 to 6
      ...Array.from({ length: 5 }, (_, i) => row(i + 1, 100)),
      ...Array.from({ length: 10 }, (_, i) => row(i + 6, 8000)),
      ...Array.from({ length: 10 }, (_, i) => row(i + 16, 100)),
    ];
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/account/:id/call-log', ({ request }) => {
        const url = new URL(request.url);
        mock.state.callLogRequests.push(url);
        const capped = new URL(url);
        if (Number(capped.searchParams.get('perPage') ?? 100) > 10) capped.searchParams.set('perPage', '10');
        return HttpResponse.json(mock.state.callLogPage(capped));
      }),
    );
    const { poller, ids, logger } = setup();
    const result = await poller.poll();
    expect(result).toMatchObject({ records: 25, unreadPages: 0 });
    expect(ids()).toHaveLength(25);
    expect(logger.error).not.toHaveBeenCalled();
    // page 2 of 10 became pages 3 and 4 of 5, then page 3 of 10 as the server's links go on
    expect(pagesAsked()).toEqual(['1/1000', '2/10', '3/5', '4/5', '3/10']);
  });
});
