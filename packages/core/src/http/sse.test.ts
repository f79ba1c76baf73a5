import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { retryWithJitter, serializeSse, sseHeaders } from './sse.js';

describe('serializeSse', () => {
  it('writes event, id and data fields and ends with a blank line', () => {
    expect(serializeSse({ event: 'call_event_created', id: '42', data: '{"a":1}' })).toBe(
      'event: call_event_created\nid: 42\ndata: {"a":1}\n\n',
    );
  });

  it('splits multi-line data on every line ending into several data lines', () => {
    expect(serializeSse({ data: 'one\ntwo\r\nthree\rfour' })).toBe(
      'data: one\ndata: two\ndata: three\ndata: four\n\n',
    );
    expect(serializeSse({ data: '' })).toBe('data: \n\n');
  });

  it('rejects CR or LF in id and event, and NUL in id', () => {
    for (const message of [{ id: '1\n2' }, { id: '1\r' }, { event: 'a\nb' }, { id: 'a\u0000' }]) {
      let caught: unknown;
      try {
        serializeSse({ ...message, data: 'x' });
      } catch (error) {
        caught = error;
      }
      expect(isCallbridgeError(caught)).toBe(true);
    }
  });

  it('writes retry and comment lines', () => {
    expect(serializeSse({ retry: 1500 })).toBe('retry: 1500\n\n');
    expect(serializeSse({ comment: 'hi' })).toBe(': hi\n\n');
    expect(() => serializeSse({ retry: -1 })).toThrow();
  });
});

describe('SSE helpers', () => {
  it('adds up to 50% jitter to the retry hint', () => {
    expect(retryWithJitter(2000, () => 0)).toBe(2000);
    expect(retryWithJitter(2000, () => 0.999)).toBe(2999);
  });

  it('sets headers that stop proxies and compressors from buffering', () => {
    const headers = sseHeaders();
    expect(headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(headers.get('x-accel-buffering')).toBe('no');
    // The server decides persistence: a forced keep-alive overrode Connection: close and HTTP/1.0,
    // and node:http2 warns on a connection header.
    expect(headers.has('connection')).toBe(false);
  });
});
