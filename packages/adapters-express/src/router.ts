import type { ServerResponse } from 'node:http';
import {
  ambiguousPath,
  ambiguousPathError,
  CallbridgeError,
  problemReply,
  routeSegments,
} from '@callbridge/core';
import { enableNodeCrypto } from '@callbridge/core/node';
import { sendContinue } from './continue.js';
import { onClosingConnection } from './linger.js';
import { serveOpen } from './listener.js';
import { type NodeRequest, targetPath } from './node-request.js';
import { writeReply } from './node-response.js';
import type { HandlerBridge } from './types.js';

/** An Express-compatible middleware (also works with Connect and other `(req, res, next)` stacks). */
export type CallbridgeMiddleware = (
  req: NodeRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The Express router of the bridge. Rule: core matches the path the client requested
 * (`req.originalUrl`), so `basePath` is the full public path whatever the mount point:
 * `app.use(router)` and `app.use('/api/v1', router)` both serve `/api/v1/...` when `basePath` is
 * `/api/v1`. Requests outside `basePath` fall through to the next middleware.
 * Mount it before `express.json()`: verification needs the raw body. Switches the process to
 * `node:crypto` HMACs (`enableNodeCrypto`). With the app as the server's 'checkContinue' listener
 * (`server.on('checkContinue', app)`), a client sending `Expect: 100-continue` gets
 * `100 Continue` only when the bridge reads the body (or when the request falls through), so a
 * Content-Length over `maxBodyBytes` is answered 413 before any of the body is sent.
 */
export function createCallbridgeRouter(bridge: HandlerBridge): CallbridgeMiddleware {
  enableNodeCrypto();
  return (req, res, next) => {
    // Pipelined after a body the server was dropping: the connection closes, nothing is served.
    if (onClosingConnection(req)) return;
    let path: string;
    try {
      // The path as Express matched it, not as a URL parser would resolve it (see ambiguousPath).
      path = targetPath(req.originalUrl ?? req.url ?? '/');
    } catch {
      // Not an http(s) target: not a path of the bridge.
      passOn(req, res, next);
      return;
    }
    const basePath = bridge.runtime.basePath;
    if (routeSegments(path, basePath) === null) {
      if (req.baseUrl && !reachable(basePath, req.baseUrl) && mountedPathMatches(req, basePath)) {
        writeReply(res, problemReply(mountedUnderPrefix(req.baseUrl, basePath)), req.complete).catch(next);
        return;
      }
      passOn(req, res, next);
      return;
    }
    if (ambiguousPath(path)) {
      writeReply(res, problemReply(ambiguousPathError(`${basePath}/calls/stats`)), req.complete).catch(next);
      return;
    }
    serveOpen(bridge, req, res).catch(next);
  };
}

/**
 * Hands a request outside `basePath` to the next middleware. With the app as the server's
 * 'checkContinue' listener, a client waiting for `100 Continue` gets it here, as Node would have
 * sent it: the middleware after the router reads bodies as usual.
 */
function passOn(req: NodeRequest, res: ServerResponse, next: (error?: unknown) => void): void {
  sendContinue(req, res);
  next();
}

/** A router mounted at `baseUrl` sees paths under `basePath` (`/api` and `/api/v1`: yes). */
function reachable(basePath: string, baseUrl: string): boolean {
  return basePath === baseUrl || basePath.startsWith(`${baseUrl}/`);
}

/** The path below the mount point (`req.url` as Express rewrites it) is under `basePath`. */
function mountedPathMatches(req: NodeRequest, basePath: string): boolean {
  const below = targetPath(req.url ?? '/');
  return routeSegments(below, basePath) !== null;
}

/**
 * Mounted at `/crm` with `basePath` `/api/v1`, the router never serves anything: core matches the
 * path the client requested (`/crm/api/v1/...`). Said as a 404 that names the fix, instead of
 * the framework's own "Cannot GET" page.
 */
function mountedUnderPrefix(baseUrl: string, basePath: string): CallbridgeError {
  return new CallbridgeError(
    'not_found',
    `The callbridge router is mounted at ${baseUrl}, so it never sees a path under basePath ${basePath}: set basePath: '${baseUrl}${basePath}' in createCallBridge (basePath is the full public path), or mount the router with app.use(router).`,
  );
}
