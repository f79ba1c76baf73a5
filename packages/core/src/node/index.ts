export * from './crypto.js';
export * from './fs-blob-store.js';
