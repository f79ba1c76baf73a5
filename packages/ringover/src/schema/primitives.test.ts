import { afterEach, describe, expect, it } from 'vitest';
import { LinkSchema, toEpochSeconds } from './primitives.js';

describe('toEpochSeconds', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('reads a date-time without an offset as UTC, whatever the server time zone', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'UTC']) {
      process.env.TZ = zone;
      expect(toEpochSeconds('2025-12-31 11:20:00')).toBe(Date.parse('2025-12-31T11:20:00Z') / 1000);
      expect(toEpochSeconds('2025-12-31T11:20:00.59')).toBe(Date.parse('2025-12-31T11:20:00.59Z') / 1000);
    }
  });

  it('keeps an explicit offset', () => {
    process.env.TZ = 'Europe/Paris';
    const utc = Date.parse('2025-12-31T11:20:00Z') / 1000;
    expect(toEpochSeconds('2025-12-31T11:20:00Z')).toBe(utc);
    expect(toEpochSeconds('2025-12-31T12:20:00+01:00')).toBe(utc);
    expect(toEpochSeconds('2025-12-31T06:20:00-0500')).toBe(utc);
    expect(toEpochSeconds('2025-12-31T11:20:00.000z')).toBe(utc);
  });

  it('reads epoch seconds, milliseconds and numeric strings', () => {
    expect(toEpochSeconds(1767180000.412345)).toBe(1767180000.412345);
    expect(toEpochSeconds(1767180000412)).toBe(1767180000.412);
    expect(toEpochSeconds('1767180000.5')).toBe(1767180000.5);
    expect(toEpochSeconds('yesterday')).toBeNull();
  });
});

describe('LinkSchema', () => {
  it('keeps absolute http(s) links, trimmed', () => {
    expect(LinkSchema.parse(' https://cdn.ringover.com/records/a.mp3 ')).toBe(
      'https://cdn.ringover.com/records/a.mp3',
    );
    expect(LinkSchema.parse('http://example.com/v.mp3')).toBe('http://example.com/v.mp3');
    expect(LinkSchema.parse('//cdn.ringover.com/records/a.mp3')).toBe(
      'https://cdn.ringover.com/records/a.mp3',
    );
  });

  it('reads a link that no client can fetch (another scheme, not a URL) as none', () => {
    // Stored, it would show a recording as available that cannot be played or downloaded, and a
    // CRM rendering the link would follow `javascript:` or `data:` URLs.
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'not a url',
      '/records/a.mp3',
      'ftp://x/a.mp3',
    ]) {
      expect(LinkSchema.parse(bad)).toBeNull();
    }
    expect(LinkSchema.parse('')).toBeNull();
    expect(LinkSchema.parse(null)).toBeNull();
  });
});

describe('LinkSchema, the URL kept', () => {
  it('is the URL as a client reads it: lower-case scheme and host, no tab or line break', () => {
    expect(LinkSchema.parse('HTTPS://CDN.Ringover.com/records/a.mp3')).toBe(
      'https://cdn.ringover.com/records/a.mp3',
    );
    expect(LinkSchema.parse('https://cdn.ringover.com/rec\nords/a.mp3')).toBe(
      'https://cdn.ringover.com/records/a.mp3',
    );
    // Forms a lenient parser fixes up, and a strict one reads another way: kept as it is fetched.
    expect(LinkSchema.parse('https:cdn.ringover.com/a.mp3')).toBe('https://cdn.ringover.com/a.mp3');
    expect(LinkSchema.parse('https:\\\\cdn.ringover.com\\a.mp3')).toBe('https://cdn.ringover.com/a.mp3');
    expect(LinkSchema.parse('https://cdn.ringover.com/a.mp3?token=a%2Fb&x=1')).toBe(
      'https://cdn.ringover.com/a.mp3?token=a%2Fb&x=1',
    );
  });

  it('reads a link longer than a server takes (8 KiB) as none', () => {
    const base = 'https://cdn.ringover.com/a.mp3?t=';
    expect(LinkSchema.parse(base + 'a'.repeat(2000))).toBe(base + 'a'.repeat(2000));
    expect(LinkSchema.parse(base + 'a'.repeat(9000))).toBeNull();
  });
});
