import type { IncomingMessage, ServerResponse } from 'node:http';

const EXPECT_CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;

/** The server a request came to (node:http2's compatibility request reaches it through its session's socket). */
function serverOf(req: IncomingMessage): { listenerCount(event: string): number } | undefined {
  return (req.socket as { server?: { listenerCount(event: string): number } } | null)?.server;
}

/**
 * Sends `100 Continue` if the client waits for it before sending its body and nobody sent it yet:
 * the request came through the server's 'checkContinue' event (see `createNodeListener`), where
 * Node leaves that to the application. Called when the body is about to be read, so an answer
 * given without reading it (413 for a Content-Length over the limit, 404, 405) goes without it.
 * Requests that came through 'request' already had it from Node: then this does nothing.
 */
export function sendContinue(req: IncomingMessage, res: ServerResponse): void {
  // node:http marks the expectation it honours (HTTP/1.1 only: an HTTP/1.0 client gets no 100)
  // and the 100 it sent.
  const http1 = res as { _expect_continue?: boolean; _sent100?: boolean };
  if (http1._sent100 !== undefined) {
    if (http1._expect_continue === true && !http1._sent100 && !res.headersSent) res.writeContinue();
    return;
  }
  // node:http2's response has neither mark: Node sent the 100 unless the server has a
  // 'checkContinue' listener (a server it cannot tell gets one, harmless twice).
  const expect = req.headers.expect;
  if (expect === undefined || res.headersSent) return;
  if (serverOf(req)?.listenerCount('checkContinue') === 0) return;
  if (EXPECT_CONTINUE.test(String(expect))) res.writeContinue();
}
