export * from './messages.js';
export * from './text.js';
