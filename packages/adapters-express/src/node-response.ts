import { Buffer } from 'node:buffer';
import type { ServerResponse } from 'node:http';
// Not the global: an app's tests that fake timers (vi.useFakeTimers, jest's fake timers) replace
// that one, and replies would wait for them to advance the clock instead of going out.
import { setImmediate } from 'node:timers';
import type { BridgeReply, EventStreamAnswer } from '@callbridge/core';
import { lingerOnClose } from './linger.js';

/** Bodies up to this size are sent in the same write as the headers. */
const SMALL_BODY = 16 * 1024;

/** Lets the body's failure end a wait for `drain` (see {@link pipeBody}). */
interface Waiting {
  wake: (() => void) | null;
}

function waitForDrain(res: ServerResponse, waiting: Waiting): Promise<void> {
  // Closed already: neither 'drain' nor 'close' will come.
  if (res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      waiting.wake = null;
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
    waiting.wake = done;
  });
}

/**
 * Whether the answer closes the connection (`Connection: close`): when the request body was not
 * read to its end, on HTTP/1.x only (node:http2 warns about a Connection header and drops it).
 * The connection then closes by lingering (see {@link lingerOnClose}).
 */
function closesConnection(res: ServerResponse, keepAlive: boolean): boolean {
  if (keepAlive || (res as { req?: { httpVersionMajor?: number } }).req?.httpVersionMajor === 2) return false;
  lingerOnClose(res);
  return true;
}

/** Replies waiting for the end of this turn of the event loop, written together then. */
let pending: Array<() => void> | null = null;

function writePending(): void {
  const writes = pending ?? [];
  pending = null;
  for (const write of writes) write();
}

/**
 * Runs `write` at the end of this turn of the event loop (`setImmediate`), with the other
 * replies finished in the same turn. Resolves once it ran, rejects with what it threw.
 */
function atEndOfTurn(write: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (pending === null) {
      pending = [];
      setImmediate(writePending);
    }
    pending.push(() => {
      try {
        write();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Writes a bridge reply (JSON, problem+json) in one write: status, headers, `Content-Length` and
 * the UTF-8 body. The write goes out at the end of the current turn of the event loop, with the
 * other replies of that turn: each write to a peer that waits for it (a load balancer, a proxy or
 * a load generator on the same machine) wakes that peer, which costs the server more CPU than the
 * write itself while it is busy; written together, one wake-up serves them all. The promise
 * resolves once the reply was handed to the socket.
 */
export function writeReply(res: ServerResponse, reply: BridgeReply, keepAlive = true): Promise<void> {
  const headers: Record<string, string | number> = { ...reply.headers };
  if (closesConnection(res, keepAlive)) headers.connection = 'close';
  const body = reply.body;
  if (body !== null) headers['content-length'] = Buffer.byteLength(body, 'utf8');
  // writeHead only keeps the status and headers: they are sent with the body by end().
  res.writeHead(reply.status, headers);
  return atEndOfTurn(() => (body === null ? res.end() : res.end(body, 'utf8')));
}

/** Bytes the response holds that the client has not taken yet (HTTP/2: its stream's). */
function queuedBytes(res: ServerResponse): number {
  const http2 = res as { writableLength?: number; stream?: { writableLength?: number } };
  return http2.writableLength ?? http2.stream?.writableLength ?? 0;
}

/**
 * Writes the SSE stream of `bridge.serve` (an `EventStreamAnswer`) to a Node response: headers
 * flushed at once, then every frame written to the socket as it is produced, with no web stream
 * in between (an event is the same bytes for all its streams). The stream is released when the
 * response closes (the client went away); when the stream ends itself it ends the response
 * (`bridge.close()`), or destroys it when the client is too far behind, dropping what is queued.
 * Resolves once the response has closed.
 */
export function writeEventStream(res: ServerResponse, answer: EventStreamAnswer): Promise<void> {
  if (res.destroyed) {
    answer.cancel();
    return Promise.resolve();
  }
  res.writeHead(answer.status, answer.headers);
  res.socket?.setNoDelay(true);
  res.flushHeaders();
  return new Promise((resolve) => {
    let release: (() => void) | null = null;
    res.once('close', () => {
      release?.();
      resolve();
    });
    release = answer.pipe({
      write(frame) {
        if (!res.writableEnded && !res.destroyed) res.write(frame);
      },
      queuedBytes: () => queuedBytes(res),
      close() {
        if (!res.writableEnded) res.end();
      },
      abort() {
        res.destroy();
      },
    });
  });
}

/**
 * Writes a web `Response` to a Node `ServerResponse`: status, headers (each Set-Cookie kept
 * apart), then the body streamed chunk by chunk with backpressure. Event streams get their
 * headers flushed at once and every chunk written as soon as it is produced; when the client
 * goes away the body is cancelled, which releases the SSE subscription.
 */
export async function writeWebResponse(
  res: ServerResponse,
  response: Response,
  keepAlive = true,
): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (closesConnection(res, keepAlive)) res.setHeader('connection', 'close');

  const body = response.body;
  if (!body) {
    res.end();
    return Promise.resolve();
  }
  const streaming = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
  if (streaming) {
    res.socket?.setNoDelay(true);
    res.flushHeaders();
  }
  return pipeBody(res, body.getReader(), streaming);
}

/**
 * Streams the body to `res` with backpressure; the Response object itself is not kept. A body that
 * fails while the client is not reading (the SSE stream drops a client too far behind) ends the
 * response at once instead of waiting for a `drain` that may never come.
 */
async function pipeBody(
  res: ServerResponse,
  reader: ReadableStreamDefaultReader<Uint8Array>,
  streaming: boolean,
): Promise<void> {
  const onClose = (): void => {
    reader.cancel().catch(() => undefined);
  };
  // The client may have left while the bridge worked on the answer: 'close' was emitted already.
  if (res.destroyed) {
    onClose();
    return;
  }
  res.on('close', onClose);
  const waiting: Waiting = { wake: null };
  // The next read rejects with the body's error, which destroys the response below.
  reader.closed.catch(() => waiting.wake?.());
  try {
    if (!streaming) {
      // Most bodies (JSON, problem+json) are one chunk: send it with a Content-Length in a
      // single write. Anything longer is streamed from the second chunk on.
      const first = await reader.read();
      if (first.done) {
        res.end();
        return;
      }
      const second = await reader.read();
      if (second.done) {
        const bytes = first.value;
        if (!res.headersSent && !res.hasHeader('content-length'))
          res.setHeader('content-length', bytes.byteLength);
        // As a latin1 string (byte-exact), Node sends the headers and the body in one write.
        if (bytes.byteLength <= SMALL_BODY)
          res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), 'latin1');
        else res.end(bytes);
        return;
      }
      res.write(first.value);
      if (!res.write(second.value)) await waitForDrain(res, waiting);
    }
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        onClose();
        break;
      }
      if (!res.write(value)) await waitForDrain(res, waiting);
    }
  } catch {
    // the body failed or was cancelled because the client left: nothing more to send
    if (!res.writableEnded) res.destroy();
    return;
  } finally {
    res.off('close', onClose);
  }
  if (!res.writableEnded && !res.destroyed) res.end();
}
