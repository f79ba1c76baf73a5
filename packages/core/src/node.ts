/** @callbridge/core/node: Node-only helpers (filesystem blob store). Kept off the main entry. */
export * from './node/index.js';
