import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import type { Clock } from './clock.js';
import { type PlatformRequest, RingCentralClient } from './platform-client.js';

// A call given a `signal` (a recording download: its timeout, or the job queue closing) stops at
// once when it aborts: while the platform has not answered, while a 429 or a 5xx backoff waits,
// and before it starts. Nothing keeps a download, or `bridge.close()`, waiting.

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const MEDIA = 'https://media.ringcentral.com/restapi/v1.0/account/1/recording/2/content';
/** A clock whose sleeps last (real time) until the test ends: a wait only an abort can cut. */
const stuckClock: Clock = { now: () => Date.now(), sleep: () => new Promise<void>(() => {}) };

async function loggedIn(clock?: Clock) {
  const rc = new RingCentralClient({
    clientId: 'id',
    clientSecret: 'secret',
    jwt: 'jwt-credential',
    maxRetries: 3,
    ...(clock ? { clock } : {}),
  });
  await rc.login();
  return rc;
}
const download = (signal: AbortSignal): PlatformRequest => ({
  method: 'GET',
  url: MEDIA,
  group: 'heavy',
  what: 'download recording',
  signal,
});

/** Aborts `controller` after `ms` and resolves with what `work` settled with, or 'pending'. */
async function settleAfterAbort(work: Promise<unknown>, controller: AbortController, ms = 30) {
  setTimeout(() => controller.abort(new Error('the job was cancelled')), ms);
  const outcome = work.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  return Promise.race([outcome, new Promise((resolve) => setTimeout(() => resolve('pending'), 1_000))]);
}

describe('RingCentralClient with a signal', () => {
  it('aborts a request the platform never answers', async () => {
    const rc = await loggedIn();
    server.use(
      http.get(MEDIA, async () => {
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    const controller = new AbortController();
    const outcome = await settleAfterAbort(rc.send(download(controller.signal)), controller);
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(/cancelled|abort/i);
  });

  it('stops waiting out a 429 Retry-After and a 5xx backoff', async () => {
    for (const answer of [
      () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '60' } }),
      () => new HttpResponse(null, { status: 503 }),
    ]) {
      const rc = await loggedIn(stuckClock);
      server.use(http.get(MEDIA, answer));
      const controller = new AbortController();
      const outcome = await settleAfterAbort(rc.send(download(controller.signal)), controller);
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).message).toBe('the job was cancelled');
    }
  });

  it('sends nothing once the signal has aborted', async () => {
    const rc = await loggedIn();
    let requests = 0;
    server.use(
      http.get(MEDIA, () => {
        requests += 1;
        return HttpResponse.arrayBuffer(new Uint8Array(4).buffer);
      }),
    );
    const controller = new AbortController();
    controller.abort(new Error('closed'));
    await expect(rc.send(download(controller.signal))).rejects.toThrow('closed');
    expect(requests).toBe(0);
  });
});
