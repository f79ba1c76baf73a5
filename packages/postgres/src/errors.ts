import { CallbridgeError, isCallbridgeError, storeUnavailable } from '@callbridge/core';

function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when `error` says a function does not exist (`42883`): a schema migrated before the
 * function was added, which the stores answer by sending the statements as SQL text instead.
 */
export function isMissingFunction(error: unknown): boolean {
  return pgCode(error) === '42883';
}

/**
 * True when the server refused a statement's data: SQLSTATE class 22 (data exception, such as
 * text jsonb cannot hold), 23 (a constraint, such as NOT NULL) or 54 (a program limit). The
 * server raised it while the statement ran, so its transaction was rolled back and nothing was
 * written; a batch failing this way may be failing because of one of its items.
 */
export function isDataError(error: unknown): boolean {
  const code = pgCode(error);
  return code !== undefined && /^(22|23|54)/.test(code);
}

/**
 * Turns any driver failure into a `CallbridgeError` with code `store_unavailable` (HTTP 503, so a
 * provider retries the delivery). Known setup mistakes get a hint that says how to fix them.
 * `CallbridgeError`s pass through unchanged.
 */
export function toStoreError(what: string, error: unknown): CallbridgeError {
  if (isCallbridgeError(error)) return error;
  const code = pgCode(error);
  if (code === '42P01' || code === '3F000') {
    return new CallbridgeError('store_unavailable', `${what} is unavailable: its tables do not exist.`, {
      cause: error,
      hint: 'Run `await migrate(client, { schema })` with the same schema before using the stores.',
    });
  }
  // 22023 (invalid parameter value) is a permission problem only when it is about the role: the
  // server's answer to `set_config('role', ...)` naming a role that does not exist.
  const aboutRole = code === '22023' && /\brole\b/i.test(error instanceof Error ? error.message : '');
  if (code === '42501' || aboutRole) {
    return new CallbridgeError('store_unavailable', `${what} is unavailable: permission denied.`, {
      cause: error,
      hint:
        'The connecting user must be allowed to `SET ROLE` to the store role (migrate() grants it), ' +
        'or pass `role: null` when it already connects as the non-owner application role.',
    });
  }
  return storeUnavailable(`Postgres (${what})`, error);
}

/** Runs `fn`, rethrowing any failure as `store_unavailable` (see `toStoreError`). */
export async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toStoreError(what, error);
  }
}
