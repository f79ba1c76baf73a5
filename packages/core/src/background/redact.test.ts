import { describe, expect, it } from 'vitest';
import { redactSecrets, safeUrl } from './redact.js';

describe('redactSecrets', () => {
  it('keeps host and path of URLs, never their query, fragment or user:password', () => {
    expect(safeUrl('https://user:pw@rec.example/r/1.mp3?access_token=SECRET123#x')).toBe(
      'https://rec.example/r/1.mp3',
    );
    expect(redactSecrets('Failed to parse URL from https://[rec.example/r.mp3?access_token=SECRET123')).toBe(
      'Failed to parse URL from https://[rec.example/r.mp3',
    );
    expect(redactSecrets('GET https://u:SECRET@[bad/x?sig=SECRET failed')).toBe('GET https://[bad/x failed');
  });

  it('redacts credential parameters, bearer tokens, API keys and JWTs, and keeps the rest', () => {
    const text = redactSecrets(
      'OpenAI 401: Incorrect API key provided: sk-proj-ABCDEF123456. token=abc.def&x=1 Authorization: Bearer xyzxyz123 jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    );
    for (const secret of ['sk-proj', 'ABCDEF123456', 'abc.def', 'xyzxyz123', 'eyJ', 'c2lnbmF0dXJl']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('OpenAI 401: Incorrect API key provided: [redacted]');
    expect(redactSecrets('api_key: "k-123" password=hunter2')).toBe(
      'api_key: "[redacted]" password=[redacted]',
    );
  });

  it('redacts long opaque runs of letters and digits, but not words, numbers or UUIDs', () => {
    expect(redactSecrets('key A1b2C3d4E5f6G7h8I9j0K1l2M3 leaked')).toBe('key [redacted] leaked');
    expect(
      redactSecrets('record 0f8fad5b-d9cb-469f-a165-70867728950e: HTTP 503 after 12345678901234567890123'),
    ).toBe('record 0f8fad5b-d9cb-469f-a165-70867728950e: HTTP 503 after 12345678901234567890123');
    expect(redactSecrets('summaryStatus: model overloaded')).toBe('summaryStatus: model overloaded');
  });
});
