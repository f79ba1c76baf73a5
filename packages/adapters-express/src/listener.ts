import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import {
  errorToReply,
  isEventStream,
  isWebResponse,
  type StreamingBridgeAnswer,
  silentLogger,
} from '@callbridge/core';
import { enableNodeCrypto } from '@callbridge/core/node';
import { toStreamingBridgeRequest } from './bridge-request.js';
import { onClosingConnection } from './linger.js';
import type { NodeRequest } from './node-request.js';
import { writeEventStream, writeReply, writeWebResponse } from './node-response.js';
import type { HandlerBridge } from './types.js';

/**
 * Serves one Node request with the bridge: translate it to a `BridgeRequest` (raw body under the
 * size limit, AbortSignal tied to the response's close, web `Request` only where a route needs
 * one), call `bridge.serve`, and write the answer: a plain reply in one write, the SSE stream frame
 * by frame straight to the socket, a web `Response` (provider answers) streamed with backpressure.
 * A request pipelined after a body the server was dropping (its connection closes) is not served.
 */
export function serveNode(bridge: HandlerBridge, req: NodeRequest, res: ServerResponse): Promise<void> {
  if (onClosingConnection(req)) return Promise.resolve();
  return serveOpen(bridge, req, res);
}

/** {@link serveNode} for a request known not to come on a closing connection. */
export function serveOpen(bridge: HandlerBridge, req: NodeRequest, res: ServerResponse): Promise<void> {
  // If the body was not read to its end (rejected early), close the connection instead of
  // draining all the client is still sending (lingering on a bounded part: see lingerOnClose).
  // The chain keeps no reference to the request while a long response (SSE) streams.
  return respond(bridge, req, res).then((answer) => {
    if (isEventStream(answer)) return writeEventStream(res, answer);
    if (isWebResponse(answer)) return writeWebResponse(res, answer, req.complete);
    return writeReply(res, answer, req.complete);
  });
}

async function respond(
  bridge: HandlerBridge,
  req: NodeRequest,
  res: ServerResponse,
): Promise<StreamingBridgeAnswer> {
  try {
    const { basePath, maxBodyBytes } = bridge.runtime;
    const request = toStreamingBridgeRequest(req, res, maxBodyBytes, basePath);
    return await (bridge.serve ? bridge.serve(request) : bridge.handle(request.toRequest()));
  } catch (error) {
    return errorToReply(error, silentLogger);
  }
}

/** A request listener of a node:http, node:https or node:http2 (compatibility API) server. */
export type NodeListener = (
  req: IncomingMessage | Http2ServerRequest,
  res: ServerResponse | Http2ServerResponse,
) => void;

/**
 * A request listener serving the bridge: `http.createServer(createNodeListener(bridge))`, or
 * `createServer` of node:https or node:http2 (its compatibility API). Every path goes to the
 * bridge (outside `basePath` it answers 404). Switches the process to `node:crypto` HMACs
 * (`enableNodeCrypto`).
 *
 * It is also the server's `checkContinue` listener (`server.on('checkContinue', listener)`): a
 * client sending `Expect: 100-continue` then gets `100 Continue` only when the bridge reads the
 * body, so a Content-Length over `maxBodyBytes` is answered 413 before any of the body is sent,
 * and a route that reads none (404, 405) is answered at once. Without it Node sends
 * `100 Continue` to every such request before the listener runs.
 */
export function createNodeListener(bridge: HandlerBridge): NodeListener {
  enableNodeCrypto();
  return (req, res) => {
    // node:http2's compatibility objects answer the part of the node:http API the adapter uses.
    serveNode(bridge, req as NodeRequest, res as ServerResponse).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
