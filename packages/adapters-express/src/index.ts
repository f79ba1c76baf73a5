/**
 * @callbridge/express: serves a callbridge bridge from Express (`createCallbridgeRouter`) or
 * plain `node:http` (`createNodeListener`). Translation only: every decision is in `bridge.handle`.
 */

export { toBridgeRequest } from './bridge-request.js';
export { createNodeListener, type NodeListener, serveNode } from './listener.js';
export type { NodeRequest, WebRequestOptions } from './node-request.js';
export { rawBodyUnavailable, toWebRequest } from './node-request.js';
export { nodeRequestOf } from './node-request-of.js';
export { writeReply, writeWebResponse } from './node-response.js';
export type { CallbridgeMiddleware } from './router.js';
export { createCallbridgeRouter } from './router.js';
export type { HandlerBridge } from './types.js';
