import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../ports/events.js';
import { type EventSink, type EventStreamAnswer, isEventStream } from './event-stream.js';
import type { BridgeRequest, StreamingBridgeAnswer, StreamingBridgeRequest } from './exchange.js';
import { isWebResponse } from './exchange.js';
import { createConformanceFixture } from './testing/fixture.js';

type Fixture = ReturnType<typeof createConformanceFixture>;

/** A BridgeRequest for the stream route, as a server adapter builds it. */
function streamRequest(fixture: Fixture, writesEventStreams: boolean, method = 'GET'): BridgeRequest {
  const request = new Request(`http://x${fixture.basePath}/events/stream`, {
    method,
    headers: { authorization: fixture.auth('tenant-a') },
  });
  return {
    method,
    url: request.url,
    headers: request.headers,
    signal: request.signal,
    readBody: async () => new Uint8Array(),
    toRequest: () => request,
    writesEventStreams,
  };
}

/** A sink that records what it is given; `queued` is what it reports as not yet taken. */
interface RecordingSink extends EventSink {
  frames: string[];
  queued: number;
  closed: boolean;
  aborted: Error | null;
}

function recordingSink(): RecordingSink {
  const sink: RecordingSink = {
    frames: [],
    queued: 0,
    closed: false,
    aborted: null,
    write(frame) {
      sink.frames.push(typeof frame === 'string' ? frame : new TextDecoder().decode(frame));
    },
    queuedBytes: () => sink.queued,
    close() {
      sink.closed = true;
    },
    abort(reason) {
      sink.aborted = reason;
    },
  };
  return sink;
}

function event(id: number, padding = ''): StreamEvent {
  return {
    id: String(id),
    tenantId: 'tenant-a',
    type: 'call_event_updated',
    data: { id: `call-${id}`, padding },
    createdAt: new Date(0).toISOString(),
  } as unknown as StreamEvent;
}

/** Appends event `n` to the fixture's log and publishes it, as ingest does; resolves once streams got it. */
async function publishLive(fixture: Fixture, n: number): Promise<StreamEvent> {
  const live = await fixture.bridge.runtime.eventLog.append('tenant-a', 'call_event_updated', event(n).data);
  await fixture.bridge.runtime.broadcaster.publish(live);
  await new Promise((resolve) => setImmediate(resolve));
  return live;
}

async function streamAnswer(fixture: Fixture): Promise<EventStreamAnswer> {
  const answer: StreamingBridgeAnswer = await fixture.bridge.serve(
    streamRequest(fixture, true) as StreamingBridgeRequest,
  );
  if (!isEventStream(answer)) throw new Error(`expected an EventStreamAnswer, got status ${answer.status}`);
  return answer;
}

describe('bridge.serve and the event stream answer', () => {
  it('answers the stream route with an EventStreamAnswer only when the adapter writes streams itself', async () => {
    const fixture = createConformanceFixture();
    const pushed = await fixture.bridge.serve(streamRequest(fixture, true) as StreamingBridgeRequest);
    expect(isEventStream(pushed)).toBe(true);
    expect(pushed.status).toBe(200);
    expect(pushed.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    const web = await fixture.bridge.serve(streamRequest(fixture, false));
    expect(isWebResponse(web)).toBe(true);
    if (isEventStream(pushed)) pushed.cancel();
    if (isWebResponse(web)) await web.body?.cancel();
    expect(fixture.broadcaster.active).toBe(0);
    await fixture.bridge.close();
  });

  it('pipes the retry hint, the replay and then live events into the sink, the same bytes for every stream', async () => {
    const fixture = createConformanceFixture();
    await fixture.bridge.runtime.eventLog.append(event(1).tenantId, event(1).type, event(1).data);
    const request = streamRequest(fixture, true);
    const headers = new Headers(request.headers as Headers);
    headers.set('last-event-id', '0');
    const answer = await fixture.bridge.serve({
      ...request,
      headers,
      writesEventStreams: true,
    } as StreamingBridgeRequest);
    if (!isEventStream(answer)) throw new Error('expected an EventStreamAnswer');
    const sink = recordingSink();
    const written: Array<string | Uint8Array> = [];
    const release = answer.pipe({
      ...sink,
      write(frame) {
        written.push(frame);
        sink.write(frame);
      },
    });
    expect(sink.frames[0]).toMatch(/^retry: \d+\n\n$/);
    expect(sink.frames[1]).toMatch(/^event: call_event_updated\nid: 1\n/);

    const other = await streamAnswer(fixture);
    const otherFrames: Array<string | Uint8Array> = [];
    const releaseOther = other.pipe({ ...recordingSink(), write: (frame) => otherFrames.push(frame) });
    const live = await publishLive(fixture, 2);
    expect(sink.frames.at(-1)).toMatch(new RegExp(`^event: call_event_updated\\nid: ${live.id}\\n`));
    // One encoding per event, whatever the number of streams.
    expect(otherFrames.at(-1)).toBe(written.at(-1));

    release();
    releaseOther();
    expect(sink.closed).toBe(true);
    expect(fixture.broadcaster.active).toBe(0);
    expect(() => answer.pipe(recordingSink())).toThrow(/started once/);
    await fixture.bridge.close();
  });

  it('aborts a live sink whose client fell more than 1 MiB behind, releasing the subscription', async () => {
    const fixture = createConformanceFixture();
    const answer = await streamAnswer(fixture);
    const sink = recordingSink();
    answer.pipe(sink);
    sink.queued = 64 * 1024 + 1024 * 1024; // at the limit: still kept
    await publishLive(fixture, 1);
    expect(sink.aborted).toBeNull();
    sink.queued += 1;
    await publishLive(fixture, 2);
    expect(sink.aborted?.message).toMatch(/too far behind/);
    expect(sink.closed).toBe(false);
    expect(fixture.broadcaster.active).toBe(0);
    await fixture.bridge.close();
  });

  it('bridge.close() closes a piped sink, and a stream closed before it was piped closes its sink at once', async () => {
    const fixture = createConformanceFixture();
    const piped = await streamAnswer(fixture);
    const waiting = await streamAnswer(fixture);
    const sink = recordingSink();
    piped.pipe(sink);
    await fixture.bridge.close();
    expect(sink.closed).toBe(true);
    const late = recordingSink();
    waiting.pipe(late);
    expect(late.closed).toBe(true);
    expect(late.frames).toEqual([]);
    expect(fixture.broadcaster.active).toBe(0);
  });

  it('skips an event whose id the log cannot have issued, before and after the stream is piped', async () => {
    const fixture = createConformanceFixture();
    const answer = await streamAnswer(fixture);
    const publish = (id: unknown) =>
      fixture.bridge.runtime.broadcaster.publish({ ...event(1), id } as unknown as StreamEvent);
    await publish('not-a-number'); // held while the answer waits to be piped
    const sink = recordingSink();
    expect(() => answer.pipe(sink)).not.toThrow();
    await publish(7);
    await publish('1e3');
    const live = await publishLive(fixture, 2);
    expect(sink.aborted).toBeNull();
    expect(
      sink.frames.filter((frame) => frame.startsWith('event: ')).map((frame) => frame.split('\n')[1]),
    ).toEqual([`id: ${live.id}`]);
    expect(fixture.broadcaster.active).toBe(1);
    await fixture.bridge.close();
  });

  it('a HEAD request gets the stream headers, no body, and holds no subscription', async () => {
    const fixture = createConformanceFixture();
    const answer = await fixture.bridge.serve(streamRequest(fixture, true, 'HEAD') as StreamingBridgeRequest);
    expect(isEventStream(answer) || isWebResponse(answer)).toBe(false);
    expect(answer).toMatchObject({ status: 200, body: null });
    expect(fixture.broadcaster.active).toBe(0);
    await fixture.bridge.close();
  });
});
