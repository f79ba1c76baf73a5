import type { IncomingMessage } from 'node:http';
import type { NodeRequest } from './node-request.js';

/** The Node request each web `Request` built by this adapter came from. */
const origins = new WeakMap<Request, NodeRequest>();

/** Remembers that `request` was built from `req`, for {@link nodeRequestOf}. */
export function rememberOrigin(request: Request, req: NodeRequest): Request {
  origins.set(request, req);
  return request;
}

/**
 * The Node (Express) request a web `Request` handed to your `authenticate` was built from, so
 * `req.user` or `req.session` set by passport or express-session before the router can be read:
 * `authenticate: (request) => { const user = nodeRequestOf<express.Request>(request)?.user; … }`.
 * Null for a `Request` this adapter did not build.
 */
export function nodeRequestOf<R extends IncomingMessage = NodeRequest>(request: Request): R | null {
  return (origins.get(request) as R | undefined) ?? null;
}
