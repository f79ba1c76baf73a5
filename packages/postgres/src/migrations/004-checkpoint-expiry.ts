import type { MigrationNames } from './001-initial.js';

/**
 * Checkpoints that expire (`CheckpointStore.set(key, value, { ttlMs })`): an `expires_at` column,
 * null for the entries kept until deleted (every row written before), and a partial index over
 * the expiring rows, which the store's sweep deletes in bounded batches. Adding a nullable column
 * without a default changes no row, so the migration is quick on any table size. Both statements
 * are idempotent, so a schema whose recorded versions were rolled back by hand migrates again.
 */
export function checkpointExpiry({ t }: MigrationNames): string {
  return `
ALTER TABLE ${t('checkpoints')} ADD COLUMN IF NOT EXISTS expires_at timestamptz NULL;
CREATE INDEX IF NOT EXISTS checkpoints_expires_at_idx ON ${t('checkpoints')} (expires_at) WHERE expires_at IS NOT NULL;
`;
}
