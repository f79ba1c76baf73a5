export {
  DEFAULT_CLAIM_TTL_MS,
  DEFAULT_COMMIT_TTL_MS,
  dedupeKey,
  ingest,
  parseCallEvent,
} from './ingest.js';
export { OWED_FLAGS } from './owed.js';
export { externalNumbers, normalizeParties, normalizeParty, type Parties } from './parties.js';
export { type BuiltPatch, buildUpsert, type PatchContext, transcriptText } from './patch.js';
export { type AppliedUpsert, type ApplyUpsertOptions, applyUpsert, eventTypesFor } from './publish.js';
