import { CallbridgeError } from '../errors.js';
import { declaresMoreThan, readStreamLimited } from './body.js';

/**
 * Largest body callbridge reads from a provider's REST API (a JSON page, a token, an error) unless
 * a client is told otherwise: 16 MiB, far above any real answer.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The error of an upstream answer over `limit` bytes; `what` names who answered ("The Ringover API"). */
export function responseTooLarge(what: string, limit: number): CallbridgeError {
  return new CallbridgeError(
    'upstream_error',
    `${what} answered with a body larger than ${limit} bytes, so it was not read.`,
    {
      hint: 'An answer this large is broken or not from the provider; check the API host. The limit is the client option `maxResponseBytes`.',
      details: { limit },
    },
  );
}

/**
 * `body` passed through unchanged while at most `limit` bytes went through; past that the stream
 * errors with `tooLarge()` and its source is cancelled. When `signal` aborts, the stream errors
 * with its reason and the source is cancelled too, so a body that stalls cannot outlive a deadline.
 */
export function limitStream(
  body: ReadableStream<Uint8Array>,
  limit: number,
  tooLarge: () => Error,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let total = 0;
  let onAbort: (() => void) | null = null;
  const stop = () => {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    onAbort = null;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (!signal) return;
      onAbort = () => {
        stop();
        controller.error(signal.reason);
        reader.cancel(signal.reason).catch(() => undefined);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    },
    async pull(controller) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        stop();
        throw error;
      }
      if (signal?.aborted) return;
      if (next.done) {
        stop();
        controller.close();
        return;
      }
      total += next.value.byteLength;
      if (total > limit) {
        stop();
        controller.error(tooLarge());
        void reader.cancel().catch(() => undefined);
        return;
      }
      controller.enqueue(next.value);
    },
    cancel(reason) {
      stop();
      // Not awaited: cancelling the limited stream settles whatever the source does with it.
      void reader.cancel(reason).catch(() => undefined);
    },
  });
}

/**
 * Reads an upstream response's body into bytes, never holding more than `limit` bytes: a
 * `Content-Length` over the limit fails before anything is read, a streamed body as soon as its
 * running total passes the limit. Either way the body is cancelled and
 * {@link responseTooLarge}`(what, limit)` is thrown. A response without a body gives no bytes.
 */
export async function readResponseLimited(
  response: Response,
  limit: number,
  what: string,
): Promise<Uint8Array> {
  if (declaresMoreThan(response.headers.get('content-length'), limit)) {
    // Not awaited: the body is dropped unread, whatever the source does with the cancellation.
    void response.body?.cancel().catch(() => undefined);
    throw responseTooLarge(what, limit);
  }
  if (response.body === null) return new Uint8Array(0);
  return readStreamLimited(response.body, limit, () => responseTooLarge(what, limit));
}
