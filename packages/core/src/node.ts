/** @callbridge/core/node: Node-only helpers (filesystem blob store, node:crypto HMAC). Kept off the main entry. */
export * from './node/index.js';
