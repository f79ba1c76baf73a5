import { initialSchema, type MigrationNames } from './001-initial.js';
import { writeFunctions } from './002-write-functions.js';
import { occurredAtMilliseconds } from './003-occurred-at-milliseconds.js';
import { checkpointExpiry } from './004-checkpoint-expiry.js';

/** One versioned schema change. Applied once per schema, in version order, never edited. */
export interface Migration {
  version: number;
  name: string;
  sql(names: MigrationNames): string;
}

/** Every migration, ascending. Append new ones; never change a published one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'write functions', sql: writeFunctions },
  { version: 3, name: 'occurred_at to the millisecond', sql: occurredAtMilliseconds },
  { version: 4, name: 'checkpoint expiry', sql: checkpointExpiry },
];
