import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import type { Clock } from './clock.js';
import { RingCentralClient } from './platform-client.js';
import type { PlatformRequest } from './platform-options.js';

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

/** What `work` settled with within a second: 'resolved', its error, or 'pending'. */
function outcomeOf(work: Promise<unknown>) {
  const outcome = work.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  return Promise.race([outcome, new Promise((resolve) => setTimeout(() => resolve('pending'), 1_000))]);
}

/** Aborts `controller` after `ms` and resolves with what `work` settled with, or 'pending'. */
async function settleAfterAbort(work: Promise<unknown>, controller: AbortController, ms = 30) {
  setTimeout(() => controller.abort(new Error('the job was cancelled')), ms);
  return outcomeOf(work);
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

const TOKEN = 'https://platform.ringcentral.com/restapi/oauth/token';
const grantOf = async (request: Request) =>
  new URLSearchParams(await request.clone().text()).get('grant_type');

describe('RingCentralClient with a signal: sessions and rate slots', () => {
  /**
   * The media answers 401 once, then audio; the token endpoint aborts the call and never answers
   * the grant `abortOn` (after answering `refresh_token` with `refreshAnswer`, when given).
   */
  async function abortDuringToken(abortOn: string, refreshAnswer?: () => Response) {
    const rc = await loggedIn();
    const controller = new AbortController();
    let first = true;
    server.use(
      http.get(MEDIA, () => {
        if (!first) return HttpResponse.arrayBuffer(new Uint8Array(4).buffer);
        first = false;
        return new HttpResponse(null, { status: 401 });
      }),
      http.post(TOKEN, async ({ request }) => {
        const grant = await grantOf(request);
        if (grant === 'refresh_token' && refreshAnswer) return refreshAnswer();
        if (grant !== abortOn) return undefined;
        controller.abort(new Error('the job was cancelled'));
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    // The token handler aborts the call: the wait for the token ends with it.
    return outcomeOf(rc.send(download(controller.signal)));
  }

  it("ends the call when it aborts during the SDK's refresh after a 401", async () => {
    const outcome = await abortDuringToken('refresh_token');
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toBe('the job was cancelled');
  });

  it('ends the call when it aborts during the JWT login after a failed refresh', async () => {
    const outcome = await abortDuringToken('urn:ietf:params:oauth:grant-type:jwt-bearer', () =>
      HttpResponse.json({ error: 'invalid_grant' }, { status: 400 }),
    );
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toBe('the job was cancelled');
  });

  it('leaves a shared login to the other callers when one of them aborts', async () => {
    const rc = new RingCentralClient({ clientId: 'id', clientSecret: 'secret', jwt: 'jwt-credential' });
    const controller = new AbortController();
    let logins = 0;
    server.use(
      http.get(MEDIA, () => HttpResponse.arrayBuffer(new Uint8Array(4).buffer)),
      http.post(TOKEN, async () => {
        logins += 1;
        controller.abort(new Error('the job was cancelled'));
        await delay(50);
        return undefined;
      }),
    );
    const aborted = rc.send(download(controller.signal));
    const other = rc.send(download(new AbortController().signal));
    await expect(aborted).rejects.toThrow('the job was cancelled');
    expect((await other).status).toBe(200);
    expect(logins).toBe(1);
  });

  it('gives the rate slot an aborted call waited for to the next call of its group', async () => {
    const clock = new ManualClock();
    const rc = new RingCentralClient({
      clientId: 'id',
      clientSecret: 'secret',
      jwt: 'jwt-credential',
      clock,
      rateLimits: { heavy: 1 },
    });
    await rc.login();
    const sentAt: number[] = [];
    server.use(
      http.get(MEDIA, () => {
        sentAt.push(clock.now());
        return HttpResponse.arrayBuffer(new Uint8Array(4).buffer);
      }),
    );
    const start = clock.now();
    await rc.send(download(new AbortController().signal));
    // The next call of the group waits 60 s for the slot; it is cancelled meanwhile.
    const controller = new AbortController();
    const waiting = rc.send(download(controller.signal));
    await clock.untilSleeping();
    controller.abort(new Error('the job was cancelled'));
    await expect(waiting).rejects.toThrow('the job was cancelled');
    const next = rc.send({ method: 'GET', url: MEDIA, group: 'heavy', what: 'download recording' });
    let done = false;
    void next.finally(() => {
      done = true;
    });
    for (let i = 0; i < 10 && !done; i++) {
      await clock.untilSleeping();
      clock.wakeNext();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await next).status).toBe(200);
    // One window after the first call, not two: the cancelled call took no slot.
    expect(sentAt.map((t) => t - start)).toEqual([0, 60_000]);
  });
});

/** A clock whose sleeps last until the test wakes them: `wakeNext` moves time to the earliest one. */
class ManualClock implements Clock {
  private current = Date.parse('2025-03-04T16:00:00.000Z');
  private sleepers: Array<{ at: number; wake: () => void }> = [];
  now(): number {
    return this.current;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ at: this.current + Math.max(0, ms), wake }));
  }
  /** Resolves once some sleep is pending. */
  async untilSleeping(): Promise<void> {
    for (let i = 0; i < 100 && this.sleepers.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  }
  /** Moves time to the earliest pending sleep and wakes every sleep due then. */
  wakeNext(): void {
    if (this.sleepers.length === 0) return;
    this.current = Math.max(this.current, Math.min(...this.sleepers.map((s) => s.at)));
    const due = this.sleepers.filter((s) => s.at <= this.current);
    this.sleepers = this.sleepers.filter((s) => s.at > this.current);
    for (const s of due) s.wake();
  }
}
