import { CallbridgeError } from '@callbridge/core';

/**
 * Quotes an SQL identifier (schema, table, column or role name) so any name is safe to
 * interpolate: wraps it in double quotes and doubles embedded quotes. Rejects empty names and
 * NUL bytes, which Postgres cannot store.
 */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000')) {
    throw new CallbridgeError('configuration_error', `Invalid SQL identifier ${JSON.stringify(name)}.`, {
      hint: 'Use a non-empty schema, table, column or role name without NUL characters.',
    });
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** `"schema"."table"`, or `"table"` when no schema is given. */
export function qualified(schema: string | null | undefined, table: string): string {
  return schema ? `${quoteIdent(schema)}.${quoteIdent(table)}` : quoteIdent(table);
}

/** Quotes a string as an SQL literal (only for DDL, where parameters are not allowed). */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) {
    throw new CallbridgeError('configuration_error', 'SQL literals cannot contain NUL characters.');
  }
  return `'${value.replaceAll("'", "''")}'`;
}
