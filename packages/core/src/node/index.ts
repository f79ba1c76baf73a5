export * from './fs-blob-store.js';
export * from './crypto.js';
