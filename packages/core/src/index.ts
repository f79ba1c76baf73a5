/**
 * @callbridge/core: the call model, verification primitives, phone normalization, ports with
 * in-memory implementations, the ingest pipeline and the web-standard HTTP handler.
 * No framework and no `node:*` import: runs on Node, Bun, Deno and edge runtimes.
 */

export * from './background/index.js';
export * from './bridge.js';
export type * from './config.js';
export * from './crypto/index.js';
export * from './errors.js';
export * from './http/index.js';
export * from './ingest/index.js';
export * from './json/index.js';
export * from './memory/index.js';
export * from './model/index.js';
export * from './phone/index.js';
export * from './ports/index.js';
export type * from './provider.js';
export * from './render/index.js';
export type * from './runtime.js';
