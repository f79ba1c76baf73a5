import { describe, expect, it } from 'vitest';
import { bindLiterals, qualified, quoteIdent, quoteLiteral } from './ident.js';

describe('identifier quoting', () => {
  it('double-quotes names and doubles embedded quotes, so any name is one identifier', () => {
    expect(quoteIdent('contacts')).toBe('"contacts"');
    expect(quoteIdent('CRM Contacts')).toBe('"CRM Contacts"');
    expect(quoteIdent('x"; DROP TABLE t; --')).toBe('"x""; DROP TABLE t; --"');
    expect(qualified('crm', 'my"table')).toBe('"crm"."my""table"');
    expect(qualified(undefined, 'contacts')).toBe('"contacts"');
  });

  it('rejects empty names and NUL bytes with configuration_error', () => {
    expect(() => quoteIdent('')).toThrow(expect.objectContaining({ code: 'configuration_error' }));
    expect(() => quoteIdent('a\u0000b')).toThrow(expect.objectContaining({ code: 'configuration_error' }));
  });

  it('quotes literals like quote_literal: quotes doubled, backslashes in an E literal', () => {
    expect(quoteLiteral("o'clock")).toBe("'o''clock'");
    expect(quoteLiteral("a\\'; SELECT 1; --")).toBe("E'a\\\\''; SELECT 1; --'");
    expect(() => quoteLiteral('a\u0000')).toThrow(expect.objectContaining({ code: 'configuration_error' }));
  });

  it('binds $n placeholders as literals in one pass, so a $ inside a value stays text', () => {
    expect(
      bindLiterals('SELECT $1, $2::bigint, $10, $3', ["$2 o'k", 7n, null, 1, 2, 3, 4, 5, 6, 'ten']),
    ).toBe("SELECT '$2 o''k', 7::bigint, 'ten', NULL");
    expect(() => bindLiterals('SELECT $1', [{}])).toThrow(
      expect.objectContaining({ code: 'configuration_error' }),
    );
    expect(() => bindLiterals('SELECT $1', [Number.NaN])).toThrow(
      expect.objectContaining({ code: 'configuration_error' }),
    );
  });

  it('leaves $n inside quoted identifiers and string literals alone (a schema named with $1)', () => {
    const table = qualified('cb$1', 'interactions');
    expect(bindLiterals(`SELECT $1 FROM ${table} WHERE note = 'costs $2'`, ['x" OR true --', 7])).toBe(
      `SELECT 'x" OR true --' FROM "cb$1"."interactions" WHERE note = 'costs $2'`,
    );
    expect(bindLiterals(`SELECT $1 FROM ${qualified('a"$1', 't')}`, ['v'])).toBe(
      `SELECT 'v' FROM "a""$1"."t"`,
    );
  });
});
