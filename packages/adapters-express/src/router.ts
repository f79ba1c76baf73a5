import type { ServerResponse } from 'node:http';
import { routeSegments } from '@callbridge/core';
import { enableNodeCrypto } from '@callbridge/core/node';
import { serveNode } from './listener.js';
import type { NodeRequest } from './node-request.js';
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
 * `node:crypto` HMACs (`enableNodeCrypto`).
 */
export function createCallbridgeRouter(bridge: HandlerBridge): CallbridgeMiddleware {
  enableNodeCrypto();
  return (req, res, next) => {
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/';
    if (routeSegments(path, bridge.runtime.basePath) === null) {
      next();
      return;
    }
    serveNode(bridge, req, res).catch(next);
  };
}
