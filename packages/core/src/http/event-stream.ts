/**
 * Where an event stream's frames go: a web `ReadableStream`'s controller (`toResponse`), or a
 * server's own response written directly (`@callbridge/express` writes each frame to the socket).
 */
export interface EventSink {
  /** Sends one frame: text (UTF-8 on the wire) or bytes. The same bytes may go to many sinks. */
  write(frame: string | Uint8Array): void;
  /** Bytes written but not yet taken by the client; a stream far behind is dropped. */
  queuedBytes(): number;
  /** Ends the response after what was written. */
  close(): void;
  /** Ends the response at once, dropping what is queued (a client that stopped reading). */
  abort(reason: Error): void;
}

/** The queue a web stream may fill before it counts as behind; shared by both kinds of sink. */
export const EVENT_STREAM_HIGH_WATER_MARK = 64 * 1024;

const encoder = new TextEncoder();

/** Queue sized in bytes. */
const QUEUING: QueuingStrategy<Uint8Array> = {
  highWaterMark: EVENT_STREAM_HIGH_WATER_MARK,
  size: (chunk) => chunk.byteLength,
};

/** A web stream's controller as an {@link EventSink}. */
function controllerSink(controller: ReadableStreamDefaultController<Uint8Array>): EventSink {
  return {
    write: (frame) => controller.enqueue(typeof frame === 'string' ? encoder.encode(frame) : frame),
    queuedBytes: () => EVENT_STREAM_HIGH_WATER_MARK - (controller.desiredSize ?? 0),
    close: () => controller.close(),
    abort: (reason) => controller.error(reason),
  };
}

/**
 * The answer of `GET /events/stream` (subscribed, replay read, not started yet). `bridge.handle`
 * turns it into a web `Response` with {@link EventStreamAnswer.toResponse}; a server adapter
 * that sets `writesEventStreams` on its `BridgeRequest` gets it from `bridge.serve` and writes the
 * frames itself with {@link EventStreamAnswer.pipe}, with no web stream in between.
 * Started once: by `pipe`, `toResponse` or `cancel`.
 */
export class EventStreamAnswer {
  readonly status = 200;
  readonly headers: Readonly<Record<string, string>>;
  readonly #begin: (sink: EventSink) => void;
  readonly #release: () => void;
  #started = false;

  constructor(
    headers: Readonly<Record<string, string>>,
    begin: (sink: EventSink) => void,
    release: () => void,
  ) {
    this.headers = headers;
    this.#begin = begin;
    this.#release = release;
  }

  #start(): void {
    if (this.#started) {
      throw new Error('An EventStreamAnswer is started once: by pipe(), toResponse() or cancel().');
    }
    this.#started = true;
  }

  /**
   * Sends the stream into `sink`: the `retry:` hint and the replay at once, then live events and
   * heartbeats as they come. Returns the function to call when the client goes away; it releases
   * the subscription and timers (calling it again does nothing).
   */
  pipe(sink: EventSink): () => void {
    this.#start();
    this.#begin(sink);
    return this.#release;
  }

  /** The stream as a web `Response` whose body is a byte stream; cancelling it releases the stream. */
  toResponse(): Response {
    this.#start();
    const body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => this.#begin(controllerSink(controller)),
        cancel: () => this.#release(),
      },
      QUEUING,
    );
    return new Response(body, { status: this.status, headers: this.headers });
  }

  /** Releases the stream: before it started, nothing is sent (a HEAD request, an answer not used). */
  cancel(): void {
    this.#started = true;
    this.#release();
  }
}

/**
 * Marks every {@link EventStreamAnswer}, whichever copy of `@callbridge/core` made it: an adapter
 * may load another copy than the bridge's (two versions installed, or the ESM and the CommonJS
 * build), where `instanceof` says no.
 */
const EVENT_STREAM_ANSWER = Symbol.for('callbridge.EventStreamAnswer');
Object.defineProperty(EventStreamAnswer.prototype, EVENT_STREAM_ANSWER, { value: true });

/**
 * True when the answer is an event stream for the adapter to write ({@link EventStreamAnswer}),
 * also when another copy of `@callbridge/core` made it (the bridge's, not the adapter's).
 */
export function isEventStream(answer: object): answer is EventStreamAnswer {
  return (
    answer instanceof EventStreamAnswer ||
    (answer as { [EVENT_STREAM_ANSWER]?: unknown })[EVENT_STREAM_ANSWER] === true
  );
}
