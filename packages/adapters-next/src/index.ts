/**
 * @callbridge/next: App Router route handlers for callbridge, and the process-wide bridge they
 * share. No `next` import at runtime: the handlers take and return web-standard Request/Response
 * objects.
 */
export type { RouteBridge, RouteHandler, RouteHandlers } from './handlers.js';
export { createRouteHandlers } from './handlers.js';
export type { ProcessBridgeOptions, StartableBridge } from './process-bridge.js';
export { processBridge } from './process-bridge.js';
