export * from './call-event.js';
export * from './contact.js';
export * from './insights.js';
export * from './interaction.js';
export {
  defaultMetadata,
  INSIGHT_METADATA_KEYS,
  LIFECYCLE_KEYS,
  type MergeIds,
  mergeInteraction,
} from './merge.js';
export { DEFAULT_RECORDING_GRACE_MS } from './work-status.js';
