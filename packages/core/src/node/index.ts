export * from './crypto.js';
export * from './fs-blob-store.js';
export * from './resolve-host.js';
