import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
// Not the global: an app's tests that fake timers would otherwise hold the connection open.
import { clearTimeout, setTimeout } from 'node:timers';

/** How long a connection closed before its request body ended keeps reading it after the answer. */
export const LINGER_MS = 2000;
/** How many body bytes it reads (and discards) at most before it closes anyway. */
export const LINGER_BYTES = 4 * 1024 * 1024;

/** Connections answered `Connection: close` before their request body ended (see below). */
const closing = new WeakSet<object>();

/**
 * Whether `req` came on a connection that is closing by lingering: a request the client sent after
 * the body that was being dropped (pipelined). It must not be served: the server answered that it
 * closes the connection, the client does not wait for another answer, and a proxy in front may
 * have read those bytes as part of the body.
 */
export function onClosingConnection(req: IncomingMessage): boolean {
  return closing.has(req.socket);
}

/**
 * Makes `res`'s connection close by lingering, for an answer sent before the request body ended
 * (413, or a route that reads no body) with `Connection: close`. Node closes such a socket as
 * soon as the answer is written, and the kernel answers the body bytes still arriving with a
 * reset: a client still sending (curl, most clients that send the whole body before reading) then
 * gets ECONNRESET or EPIPE instead of the answer. Here the rest of the body is read and discarded
 * from now on; once the answer is written the connection is shut for writing (the client sees the
 * answer and its end), and closed when the body ends, after {@link LINGER_BYTES} more bytes or
 * {@link LINGER_MS}, whichever comes first. Reading stops at {@link LINGER_BYTES} also while the
 * answer is not out yet (a client reading nothing while it sends). Requests parsed from what
 * follows the body are not served (see {@link onClosingConnection}).
 */
export function lingerOnClose(res: ServerResponse): void {
  const req = res.req as IncomingMessage | undefined;
  // The request's: a response queued behind an earlier one (pipelined) has no socket yet.
  const socket = req?.socket as (Socket & { destroySoon?: () => void }) | undefined;
  if (!req || !socket || req.complete || typeof socket.destroySoon !== 'function') return;
  closing.add(socket);
  let read = 0;
  let ended = false;
  let lingering = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = (): void => {
    clearTimeout(timer);
    socket.destroy();
  };
  req.on('data', (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read <= LINGER_BYTES) return;
    // Past the bound before the answer is out (a client reading nothing while it sends): stop
    // reading, which holds the client back as it was held before; closed once the answer is out.
    if (lingering) close();
    else req.pause();
  });
  req.once('end', () => {
    ended = true;
    if (lingering) close();
  });
  req.resume();
  socket.once('close', () => clearTimeout(timer));
  // Node's server calls destroySoon() once the last answer of a connection is written: end, then
  // destroy when the end is written. Here the destroy waits for the rest of the body instead.
  socket.destroySoon = () => {
    if (socket.writable) socket.end();
    const linger = (): void => {
      lingering = true;
      if (ended || read > LINGER_BYTES) close();
      else timer = setTimeout(close, LINGER_MS);
    };
    if (socket.writableFinished) linger();
    else socket.once('finish', linger);
  };
}
