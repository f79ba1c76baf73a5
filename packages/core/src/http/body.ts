import { CallbridgeError } from '../errors.js';

function tooLarge(limit: number): CallbridgeError {
  return new CallbridgeError('payload_too_large', `The request body is larger than ${limit} bytes.`, {
    hint: 'Send a smaller body, or raise `maxBodyBytes` in the bridge configuration.',
    details: { limit },
  });
}

/** True when a `Content-Length` value announces more than `limit` bytes. */
export function declaresMoreThan(contentLength: string | null, limit: number): boolean {
  return contentLength !== null && /^\d+$/.test(contentLength) && Number(contentLength) > limit;
}

/**
 * Reads a stream into bytes, never holding more than `limit` bytes: as soon as the running total
 * passes it, the stream is cancelled and `tooLarge()` is thrown.
 */
export async function readStreamLimited(
  body: ReadableStream<Uint8Array>,
  limit: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Not awaited: the rest is dropped unread, however long the source takes to stop.
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Reads a request body as bytes, never holding more than `limit` bytes: a `Content-Length`
 * over the limit fails at once, and a streamed body fails (and is cancelled) as soon as the
 * running total passes the limit.
 */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (declaresMoreThan(request.headers.get('content-length'), limit)) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(limit);
  }
  if (request.body === null) return new Uint8Array(0);
  if (request.bodyUsed) {
    throw new CallbridgeError('raw_body_unavailable', 'The request body was already read.', {
      hint: 'Let callbridge read the raw body itself: do not read or parse the request before handing it over.',
    });
  }
  return readStreamLimited(request.body, limit, () => tooLarge(limit));
}
