import type { ServerResponse } from 'node:http';
import { type BridgeRequest, readBodyLimited, type StreamingBridgeRequest } from '@callbridge/core';
import { sendContinue } from './continue.js';
import {
  bodylessMethod,
  copyHeaders,
  leftoverBody,
  type NodeRequest,
  requestUrl,
  tooLarge,
  toWebRequest,
  watchBody,
} from './node-request.js';
import { rememberOrigin } from './node-request-of.js';

/** Reads the raw body of `req` into one buffer, failing (413) as soon as it passes `limit`. */
function readNodeBody(req: NodeRequest, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    watchBody(req, limit, {
      chunk(chunk) {
        chunks.push(chunk);
        total += chunk.byteLength;
        return true;
      },
      end() {
        const whole = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
        resolve(new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength));
      },
      fail: reject,
    });
  });
}

/**
 * An AbortController aborted when `res` closes before it finished. Built in its own scope so the
 * listener keeps nothing else of the request alive (an SSE response lives for hours).
 */
function abortOnClose(res: ServerResponse): AbortController {
  const controller = new AbortController();
  if (res.destroyed && !res.writableFinished) controller.abort();
  else
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
  return controller;
}

/**
 * Translates a Node request into the bridge's {@link BridgeRequest} without building web objects
 * up front: headers are read from Node's own (repeated values joined with `, `, as `Headers` does),
 * the raw body is read into one buffer under the limit, and the AbortSignal (tied to the
 * response's close) and the web `Request` are built only when a route asks for them.
 * A body some framework already consumed fails with `raw_body_unavailable`, whose hint names
 * `basePath` (the bridge's, default `/api/v1`). A client waiting for `100 Continue` gets it when
 * the body is read (see `createNodeListener`).
 */
export function toBridgeRequest(
  req: NodeRequest,
  res: ServerResponse,
  limit: number,
  basePath?: string,
): BridgeRequest {
  return nodeBridgeRequest(req, res, limit, basePath, false);
}

/**
 * {@link toBridgeRequest} with `writesEventStreams: true`: the adapter's own listener writes the SSE
 * stream's `EventStreamAnswer` itself (`writeEventStream`).
 */
export function toStreamingBridgeRequest(
  req: NodeRequest,
  res: ServerResponse,
  limit: number,
  basePath?: string,
): StreamingBridgeRequest {
  return nodeBridgeRequest(req, res, limit, basePath, true) as StreamingBridgeRequest;
}

function nodeBridgeRequest(
  req: NodeRequest,
  res: ServerResponse,
  limit: number,
  basePath: string | undefined,
  writesEventStreams: boolean,
): BridgeRequest {
  const method = (req.method ?? 'GET').toUpperCase();
  let controller: AbortController | null = null;
  let request: Request | null = null;
  let body: Promise<Uint8Array> | null = null;
  let bytes: Uint8Array | null = null;
  const signal = (): AbortSignal => {
    controller ??= abortOnClose(res);
    return controller.signal;
  };
  const url = requestUrl(req);
  return {
    method,
    url,
    writesEventStreams,
    headers: {
      get(name) {
        const key = name.toLowerCase();
        // node:http2's compatibility request has no headersDistinct: read its headers object.
        const values = req.headersDistinct ? req.headersDistinct[key] : req.headers[key];
        if (values === undefined) return null;
        return Array.isArray(values) ? values.join(', ') : String(values);
      },
    },
    get signal() {
      return signal();
    },
    readBody(max) {
      if (request) return readBodyLimited(request, max);
      body ??= readBody(req, res, method, max, basePath).then((read) => {
        bytes = read;
        return read;
      });
      return body;
    },
    toRequest() {
      if (request) return request;
      if (bytes) {
        request = new Request(url, {
          method,
          headers: copyHeaders(req, true),
          body: bodylessMethod(method) ? null : (bytes as Uint8Array<ArrayBuffer>),
          signal: signal(),
        });
      } else request = toWebRequest(req, signal(), limit, { basePath, res });
      return rememberOrigin(request, req);
    },
  };
}

async function readBody(
  req: NodeRequest,
  res: ServerResponse,
  method: string,
  limit: number,
  basePath: string | undefined,
): Promise<Uint8Array> {
  if (bodylessMethod(method)) return new Uint8Array(0);
  const declared = req.headers['content-length'];
  // Refused before `100 Continue`: a client that waits for it never sends the body.
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const leftover = leftoverBody(req, limit, basePath);
  if (leftover) return leftover;
  sendContinue(req, res);
  return readNodeBody(req, limit);
}
