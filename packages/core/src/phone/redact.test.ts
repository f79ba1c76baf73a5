import { describe, expect, it } from 'vitest';
import { redactPhoneNumbers } from './redact.js';

describe('redactPhoneNumbers', () => {
  it('redacts international, national and bare numbers in a text', () => {
    expect(redactPhoneNumbers('no contact for +33612345678.')).toBe('no contact for +33*******78.');
    expect(redactPhoneNumbers('no contact for +33 6 12 34 56 78')).toBe('no contact for +33*******78');
    expect(redactPhoneNumbers('dialled 0033612345678')).toBe('dialled 00*********78');
    expect(redactPhoneNumbers('BE 0470 12 34 56 and 33612345678')).toBe('BE 04******56 and 33*******78');
  });

  it('redacts national numbers grouped by dots, dashes or parentheses', () => {
    expect(redactPhoneNumbers('no contact for 06.12.34.56.78')).toBe('no contact for 06******78');
    expect(redactPhoneNumbers('no contact for 06-12-34-56-78.')).toBe('no contact for 06******78.');
    expect(redactPhoneNumbers('caller 415-555-2671 or 415.555.2671')).toBe('caller 41******71 or 41******71');
    expect(redactPhoneNumbers('caller (415) 555-2671')).toBe('caller 41******71');
  });

  it('redacts national numbers with mixed separators, as Belgian and German numbers are written', () => {
    expect(redactPhoneNumbers('no contact for 0470/12.34.56')).toBe('no contact for 04******56');
    expect(redactPhoneNumbers('caller 02/512 34 56.')).toBe('caller 02*****56.');
    expect(redactPhoneNumbers('caller 030-123 456 78')).toBe('caller 03*******78');
    expect(redactPhoneNumbers('route 0470 12.34.56 failed')).toBe('route 04******56 failed');
  });

  it('redacts national numbers whose subscriber part is one block, as German, Dutch and Austrian numbers are written', () => {
    expect(redactPhoneNumbers('no contact for 030/12345678')).toBe('no contact for 03*******78');
    expect(redactPhoneNumbers('caller 06-12345678.')).toBe('caller 06******78.');
    expect(redactPhoneNumbers('caller 0171/12345678')).toBe('caller 01********78');
    expect(redactPhoneNumbers('caller 0664 / 1234567, 089/1234-5678')).toBe(
      'caller 06*******67, 08*******78',
    );
    expect(redactPhoneNumbers('caller (030) 12345678 or (020) 7946 0958')).toBe(
      'caller 03*******78 or 02*******58',
    );
    expect(redactPhoneNumbers('caller 040 / 123 456 78')).toBe('caller 04*******78');
  });

  it('redacts international numbers written with a slash after the country code or the area code', () => {
    expect(redactPhoneNumbers('caller 0032/470.12.34.56')).toBe('caller 00*********56');
    expect(redactPhoneNumbers('caller +32/470 12 34 56, +49 30/12345678')).toBe(
      'caller +32*******56, +49********78',
    );
    expect(redactPhoneNumbers('caller +32 (0)470/12.34.56')).toBe('caller +32********56');
  });

  it('redacts international numbers with spaces around the slash, as the national ones are', () => {
    expect(redactPhoneNumbers('caller +49 30 / 123 456 78')).toBe('caller +49********78');
    expect(redactPhoneNumbers('caller +49 (0)30 / 123 456 78, 0043 664 / 1234567')).toBe(
      'caller +49*********78, 00**********67',
    );
  });

  it('redacts each number of a list split by slashes, not the first with the start of the next', () => {
    expect(redactPhoneNumbers('tel 0033 1 23 45 67 89/06 12 34 56 78')).toBe('tel 00*********89/06******78');
    expect(redactPhoneNumbers('tel 0032 2 123 45 67/0475 12 34 56')).toBe('tel 00********67/04******56');
    expect(redactPhoneNumbers('tel 0032 2 123 45 67 / 0475 12 34 56 / +32 2 765 43 21')).toBe(
      'tel 00********67 / 04******56 / +32******21',
    );
  });

  it('leaves zero-padded ids split by slashes readable: no country code starts with 0', () => {
    const text = 'GET /files/000123/000456, page 0001/0020/0300, id 00000000-0000-0000-0000-000000000000';
    expect(redactPhoneNumbers(text)).toBe(text);
  });

  it('redacts a mixed-separator number written right after a colon, and leaves a time before one readable', () => {
    expect(redactPhoneNumbers('to:0470/12.34.56 from:030/12345678')).toBe('to:04******56 from:03*******78');
    expect(redactPhoneNumbers('sip:030-123 456 78@pbx failed')).toBe('sip:03*******78@pbx failed');
    const text = 'at 12:00/0123-4567, 10:030/12345678';
    expect(redactPhoneNumbers(text)).toBe(text);
  });

  it('leaves ids, dates and times of the one-block shapes readable', () => {
    const text =
      'ref 01-1234, 01/2024, (01) 2024, ticket 012-34567, 10:00:00.123456789, 01-12-2024 0930, 01.12.2024/1030';
    expect(redactPhoneNumbers(text)).toBe(text);
  });

  it('leaves dates and short codes of the mixed shapes readable', () => {
    const text = 'on 01/12/2024 and 01.12.2024 at 09:30, code 0 12 34, ref 012-34, v0.12.34, 01/12 2024';
    expect(redactPhoneNumbers(text)).toBe(text);
  });

  it('leaves dates with times, versions and addresses of the grouped shapes readable', () => {
    const text = 'at 2026-11-22 10:00, v1.2.3, 10.0.0.5:6379, 2026.11.22, build 123-456, 12.34.56.78';
    expect(redactPhoneNumbers(text)).toBe(text);
  });

  it('redacts the given numbers in any form they were given', () => {
    expect(redactPhoneNumbers('unknown 06-12-34-56-78', ['06-12-34-56-78'])).toBe('unknown 06******78');
    expect(redactPhoneNumbers('unknown 33612345678', ['+33612345678'])).toBe('unknown 33*******78');
  });

  it('leaves dates, times, ports, addresses and 64-bit call ids readable', () => {
    const text = 'at 2026-03-02T10:00:00Z: ECONNREFUSED 127.0.0.1:5432, call 1448659782827346301, id 42';
    expect(redactPhoneNumbers(text)).toBe(text);
  });
});
