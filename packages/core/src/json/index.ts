export * from './lossless.js';
