export * from './call-event.js';
export * from './contact.js';
export * from './insights.js';
export * from './interaction.js';
export * from './merge.js';
