import { CallbridgeError } from '@callbridge/core';
import { toStoreError } from '../errors.js';

/**
 * Runs a lookup on the integrator's own table, rethrowing failures as `store_unavailable` (503)
 * like every store, with a hint about the configuration when the server says it names something
 * that does not exist: the table is yours, so running callbridge's `migrate` would not help.
 */
export async function guardLookup<T>(
  what: string,
  owner: string,
  table: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw lookupError(what, owner, table, error);
  }
}

function lookupError(what: string, owner: string, table: string, error: unknown): CallbridgeError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const fail = (detail: string, hint: string) =>
    new CallbridgeError('store_unavailable', `${what} is unavailable: ${detail}.`, { cause: error, hint });
  if (code === '42P01' || code === '3F000') {
    return fail(
      `the table ${table} does not exist`,
      `Check \`schema\` and \`table\` of ${owner}: ${table} is not found (the table is yours: create it, or name the one that holds the data).`,
    );
  }
  if (code === '42703') {
    return fail(
      `a configured column does not exist in ${table}`,
      `Check \`columns\` of ${owner}: each must name a column of ${table} (the server says: ${message}).`,
    );
  }
  return toStoreError(what, error);
}
