import { ambiguousPath } from '@callbridge/core';
import { ambiguousPathResponse, requestPath } from './path.js';

/** What the Next handlers need of a bridge: `createCallBridge(...)` returns it. */
export interface RouteBridge {
  handle(request: Request): Promise<Response>;
}

/** A Next.js App Router route handler: a web Request in, a web Response out. */
export type RouteHandler = (request: Request) => Promise<Response>;

/** The handlers of `app/<basePath>/[...path]/route.ts`, one per HTTP method. */
export interface RouteHandlers {
  GET: RouteHandler;
  POST: RouteHandler;
  PUT: RouteHandler;
  PATCH: RouteHandler;
  DELETE: RouteHandler;
  OPTIONS: RouteHandler;
  HEAD: RouteHandler;
}

/**
 * Route handlers for a Next.js catch-all route. Every method goes to `bridge.handle` unchanged:
 * the raw body is read (and verified) by the bridge, and the SSE stream flows through the
 * Response body. Set the bridge's `basePath` to the route's path (`/api/callbridge` for
 * `app/api/callbridge/[...path]/route.ts`; Next leaves next.config's `basePath` out of
 * `request.url`, so it is left out here too), and export `dynamic = 'force-dynamic'` and
 * `runtime = 'nodejs'` from the route file.
 *
 * A path that a proxy guarding by `request.nextUrl.pathname` reads as another one than the bridge
 * does (`//`, or a percent-encoded letter, digit or `-._~` such as `/api/callbridge/%63alls`,
 * which the bridge serves as `/calls`) is answered 400 `malformed_request` instead.
 */
export function createRouteHandlers(bridge: RouteBridge): RouteHandlers {
  const handle: RouteHandler = async (request) => {
    const path = requestPath(request.url);
    if (path !== null && ambiguousPath(path)) return ambiguousPathResponse(request.method);
    return bridge.handle(request);
  };
  return {
    GET: handle,
    POST: handle,
    PUT: handle,
    PATCH: handle,
    DELETE: handle,
    OPTIONS: handle,
    HEAD: handle,
  };
}
