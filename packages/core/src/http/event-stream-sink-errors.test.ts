import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EventSink, type EventStreamAnswer, isEventStream } from './event-stream.js';
import type { StreamingBridgeRequest } from './exchange.js';
import { createConformanceFixture } from './testing/fixture.js';

type Fixture = ReturnType<typeof createConformanceFixture>;

/** The fixture's heartbeat period. */
const HEARTBEAT_MS = 100;

afterEach(() => {
  vi.useRealTimers();
});

async function streamAnswer(fixture: Fixture): Promise<EventStreamAnswer> {
  const request = new Request(`http://x${fixture.basePath}/events/stream`, {
    headers: { authorization: fixture.auth('tenant-a') },
  });
  const answer = await fixture.bridge.serve({
    method: 'GET',
    url: request.url,
    headers: request.headers,
    signal: request.signal,
    readBody: async () => new Uint8Array(),
    toRequest: () => request,
    writesEventStreams: true,
  } as StreamingBridgeRequest);
  if (!isEventStream(answer)) throw new Error(`expected an EventStreamAnswer, got ${answer.status}`);
  return answer;
}

/** A sink whose `write` throws `message` from its `failAt`-th frame on (0: the first). */
function failingSink(failAt = Number.POSITIVE_INFINITY, message = 'the response is gone') {
  const state = { frames: [] as string[], writes: 0, closed: false, aborted: null as Error | null };
  const sink: EventSink = {
    write(frame) {
      if (state.writes++ >= failAt) throw new Error(message);
      state.frames.push(typeof frame === 'string' ? frame : new TextDecoder().decode(frame));
    },
    queuedBytes: () => 0,
    close() {
      state.closed = true;
    },
    abort(reason) {
      state.aborted = reason;
    },
  };
  return { state, sink };
}

async function publish(fixture: Fixture, id: string) {
  const event = await fixture.bridge.runtime.eventLog.append('tenant-a', 'call_event_updated', {
    id,
  } as never);
  await fixture.bridge.runtime.broadcaster.publish(event);
  await new Promise((resolve) => setImmediate(resolve));
  return event;
}

describe('an EventSink whose write throws', () => {
  it('on a live event: that stream is aborted and released, the others still get the event', async () => {
    const fixture = createConformanceFixture();
    const bad = failingSink(1);
    const good = failingSink();
    const releaseBad = (await streamAnswer(fixture)).pipe(bad.sink);
    const releaseGood = (await streamAnswer(fixture)).pipe(good.sink);
    const first = await publish(fixture, 'call-1');
    expect(good.state.frames.at(-1)).toMatch(new RegExp(`^event: call_event_updated\\nid: ${first.id}\\n`));
    expect(bad.state.aborted?.message).toBe('the response is gone');
    // The failed stream wrote nothing more and holds nothing: the next event reaches only the other.
    const second = await publish(fixture, 'call-2');
    expect(good.state.frames.at(-1)).toMatch(new RegExp(`^event: call_event_updated\\nid: ${second.id}\\n`));
    expect(bad.state.writes).toBe(2);
    releaseGood();
    expect(fixture.broadcaster.active).toBe(0);
    releaseBad();
    await fixture.bridge.close();
  });

  it('in a heartbeat: the error does not escape the timer, and the heartbeat stops', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fixture = createConformanceFixture();
    const bad = failingSink(1); // the retry hint goes out, the first heartbeat fails
    (await streamAnswer(fixture)).pipe(bad.sink);
    expect(vi.getTimerCount()).toBe(1);
    expect(() => vi.advanceTimersByTime(HEARTBEAT_MS * 3)).not.toThrow();
    expect(bad.state.aborted?.message).toBe('the response is gone');
    expect(bad.state.writes).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    expect(fixture.broadcaster.active).toBe(0);
    await fixture.bridge.close();
  });

  it('while piping the retry hint: pipe returns, nothing is held, no heartbeat starts', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fixture = createConformanceFixture();
    const bad = failingSink(0);
    const answer = await streamAnswer(fixture);
    expect(() => answer.pipe(bad.sink)).not.toThrow();
    expect(bad.state.aborted?.message).toBe('the response is gone');
    expect(vi.getTimerCount()).toBe(0);
    expect(fixture.broadcaster.active).toBe(0);
    await fixture.bridge.close();
  });

  it('logs the error with its secrets and phone numbers redacted', async () => {
    const fixture = createConformanceFixture();
    const warn = vi.spyOn(fixture.bridge.runtime.logger, 'warn');
    const message =
      'edge write to https://edge.example/push?token=abc123secret failed: api_key=k3yV4lue, caller +33612345678';
    const bad = failingSink(0, message);
    (await streamAnswer(fixture)).pipe(bad.sink);
    expect(bad.state.aborted?.message).toBe(message);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain('could not write to its client');
    expect(logged).toContain('https://edge.example/push');
    for (const secret of ['abc123secret', 'k3yV4lue', '33612345678']) expect(logged).not.toContain(secret);
    await fixture.bridge.close();
  });
});
