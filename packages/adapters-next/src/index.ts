/**
 * @callbridge/next: App Router route handlers for callbridge. No `next` import at runtime: the
 * handlers take and return web-standard Request/Response objects.
 */
export type { RouteBridge, RouteHandler, RouteHandlers } from './handlers.js';
export { createRouteHandlers } from './handlers.js';
