import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorToResponse, silentLogger } from '@callbridge/core';
import { type NodeRequest, toWebRequest } from './node-request.js';
import { writeWebResponse } from './node-response.js';
import type { HandlerBridge } from './types.js';

/**
 * Serves one Node request with the bridge: translate it to a web Request (raw body under the size
 * limit, AbortSignal tied to the connection's close), call `bridge.handle`, write the Response.
 * Translation failures (body over the limit, body already consumed) are answered as problem+json.
 */
export function serveNode(bridge: HandlerBridge, req: NodeRequest, res: ServerResponse): Promise<void> {
  const abort = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  // If the body was not read to its end (rejected early), close the connection instead of
  // draining what the client is still sending. The chain keeps no reference to the Request
  // while a long response (SSE) streams.
  return respond(bridge, req, abort.signal).then((response) => writeWebResponse(res, response, req.complete));
}

async function respond(bridge: HandlerBridge, req: NodeRequest, signal: AbortSignal): Promise<Response> {
  try {
    return await bridge.handle(toWebRequest(req, signal, bridge.runtime.maxBodyBytes));
  } catch (error) {
    return errorToResponse(error, silentLogger);
  }
}

/**
 * A `node:http` request listener serving the bridge: `http.createServer(createNodeListener(bridge))`.
 * Every path goes to the bridge (outside `basePath` it answers 404).
 */
export function createNodeListener(
  bridge: HandlerBridge,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serveNode(bridge, req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
