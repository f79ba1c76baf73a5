import type { IncomingMessage, ServerResponse } from 'node:http';

const EXPECT_CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;

/**
 * Sends `100 Continue` if the client waits for it before sending its body and nobody sent it yet:
 * the request came through the server's 'checkContinue' event (see `createNodeListener`), where
 * Node leaves that to the application. Called when the body is about to be read, so an answer
 * given without reading it (413 for a Content-Length over the limit, 404, 405) goes without it.
 * Requests that came through 'request' already had it from Node: then this does nothing.
 */
export function sendContinue(req: IncomingMessage, res: ServerResponse): void {
  // node:http marks the 100 it sent; other responses (node:http2's) have no such mark.
  if ((res as { _sent100?: boolean })._sent100 !== false || res.headersSent) return;
  if (EXPECT_CONTINUE.test(String(req.headers.expect ?? ''))) res.writeContinue();
}
