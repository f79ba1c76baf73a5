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

/**
 * Quotes a string as an SQL literal, like Postgres' own `quote_literal`: single quotes doubled,
 * and when it holds a backslash, an `E'...'` literal with backslashes doubled, so the result is
 * one literal whatever `standard_conforming_strings` says. Rejects NUL, which Postgres cannot
 * store. For statements that cannot take parameters (DDL, transaction setup).
 */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) {
    throw new CallbridgeError('configuration_error', 'SQL literals cannot contain NUL characters.', {
      hint: 'Remove NUL characters from tenant ids, role and schema names.',
    });
  }
  const quoted = value.replaceAll("'", "''");
  return value.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/**
 * A quoted identifier (`"..."`, quotes doubled inside), a standard string literal (`'...'`) or a
 * placeholder `$n`: what `bindLiterals` reads, in one pass from left to right.
 */
const QUOTED_OR_PLACEHOLDER = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\$(\d+)/g;

/**
 * `sql` with every `$n` replaced by parameter n as an SQL literal (`quoteLiteral` for strings,
 * `NULL`, finite numbers and bigints as digits), for `SqlClient.script`, which takes no
 * parameters. Replaced in one pass, so a `$` inside a value is never read as a placeholder, and
 * neither is one inside a quoted identifier (a schema named `cb$1`) or a string literal of `sql`.
 */
export function bindLiterals(sql: string, params: readonly unknown[]): string {
  return sql.replace(QUOTED_OR_PLACEHOLDER, (token: string, n: string | undefined) =>
    n === undefined ? token : literalOf(params[Number(n) - 1]),
  );
}

/**
 * A dollar-quote tag (`$cb$`, else `$cb1$`, `$cb2$`...) that occurs in none of `texts`, so a
 * function body holding quoted names (a schema named with `$cb$`) cannot end early.
 */
export function dollarTag(...texts: string[]): string {
  for (let i = 0; ; i++) {
    const tag = `$cb${i === 0 ? '' : i}$`;
    if (!texts.some((text) => text.includes(tag))) return tag;
  }
}

function literalOf(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return quoteLiteral(value);
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value)))
    return String(value);
  throw new CallbridgeError('configuration_error', `Cannot write ${typeof value} as an SQL literal.`, {
    hint: 'Pass strings, finite numbers, bigints or null; serialize JSON values with JSON.stringify first.',
  });
}
