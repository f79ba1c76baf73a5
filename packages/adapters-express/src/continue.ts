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
  const expect = req.headers.expect;
  if (expect === undefined || res.headersSent) return;
  // node:http marks the 100 it sent. node:http2's response has no such mark: Node sent it unless
  // the server has a 'checkContinue' listener (a server it cannot tell gets one, harmless twice).
  const sent = (res as { _sent100?: boolean })._sent100;
  if (sent === true) return;
  if (sent === undefined && serverOf(req)?.listenerCount('checkContinue') === 0) return;
  if (EXPECT_CONTINUE.test(String(expect))) res.writeContinue();
}
