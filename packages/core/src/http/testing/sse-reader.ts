/** One event as an EventSource would dispatch it. */
export interface ReceivedSse {
  event: string;
  id: string | null;
  data: string;
}

type Chunk = ReadableStreamReadResult<Uint8Array>;

/**
 * Reads an SSE response body in tests: `next()` yields dispatched events (blocks with only
 * `retry:` or comments are not events), `raw` keeps every byte received as text, `retry` the last
 * `retry:` value seen.
 */
export class SseReader {
  raw = '';
  retry: number | null = null;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #queue: ReceivedSse[] = [];
  #buffer = '';
  #pending: Promise<Chunk> | null = null;
  #ended = false;

  constructor(response: Response) {
    if (!response.body) throw new Error('The SSE response has no body.');
    this.#reader = response.body.getReader();
  }

  /** The next event; rejects after `timeoutMs` or when the stream ends first. */
  async next(timeoutMs = 3000): Promise<ReceivedSse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const queued = this.#queue.shift();
      if (queued) return queued;
      if (this.#ended) throw new Error('The SSE stream ended.');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`No SSE event within ${timeoutMs} ms.`);
      this.#pending ??= this.#reader.read();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), remaining);
      });
      const chunk = await Promise.race([this.#pending, timeout]);
      clearTimeout(timer);
      if (chunk === null) continue;
      this.#pending = null;
      if (chunk.done) {
        this.#ended = true;
        continue;
      }
      this.#feed(this.#decoder.decode(chunk.value, { stream: true }));
    }
  }

  /** Events (heartbeats skipped unless asked) until `count` are collected. */
  async take(
    count: number,
    options: { timeoutMs?: number; heartbeats?: boolean } = {},
  ): Promise<ReceivedSse[]> {
    const out: ReceivedSse[] = [];
    while (out.length < count) {
      const event = await this.next(options.timeoutMs ?? 3000);
      if (event.event === 'heartbeat' && !options.heartbeats) continue;
      out.push(event);
    }
    return out;
  }

  /** Stops reading (cancels the body, as a client that goes away). */
  async cancel(): Promise<void> {
    await this.#reader.cancel().catch(() => undefined);
  }

  #feed(text: string): void {
    this.raw += text;
    this.#buffer += text;
    let end = this.#buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      this.#parse(block);
      end = this.#buffer.indexOf('\n\n');
    }
  }

  #parse(block: string): void {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry') this.retry = Number(value);
    }
    if (data.length > 0) this.#queue.push({ event, id, data: data.join('\n') });
  }
}
