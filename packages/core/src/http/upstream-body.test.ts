import { describe, expect, it } from 'vitest';
import { limitStream, readResponseLimited } from './upstream-body.js';

/** `count` chunks of `size` bytes; `cancel` of the source never settles, like some sources'. */
function source(count: number, size: number, state = { pulled: 0, cancelled: false }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += 1;
      if (state.pulled > count) controller.close();
      else controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      state.cancelled = true;
      return new Promise<void>(() => {});
    },
  });
}

describe('readResponseLimited', () => {
  it('reads a body within the limit whole', async () => {
    const bytes = await readResponseLimited(new Response(source(4, 256)), 1024, 'The API');
    expect(bytes.byteLength).toBe(1024);
  });

  it('stops at the limit and cancels the body, without waiting for the source to stop', async () => {
    const state = { pulled: 0, cancelled: false };
    await expect(
      readResponseLimited(new Response(source(1000, 256, state)), 1024, 'The API'),
    ).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('The API answered with a body larger than 1024 bytes'),
      details: { limit: 1024 },
    });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });

  it('refuses an announced Content-Length over the limit before reading', async () => {
    const state = { pulled: 0, cancelled: false };
    const response = new Response(source(1, 8, state), { headers: { 'content-length': '1025' } });
    await expect(readResponseLimited(response, 1024, 'The API')).rejects.toMatchObject({
      code: 'upstream_error',
    });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });
});

describe('limitStream', () => {
  it('passes a body within the limit through', async () => {
    const out = limitStream(source(3, 10), 30, () => new Error('too large'));
    expect((await new Response(out).arrayBuffer()).byteLength).toBe(30);
  });

  it('errors past the limit', async () => {
    const out = limitStream(source(100, 10), 30, () => new Error('too large'));
    await expect(new Response(out).arrayBuffer()).rejects.toThrow('too large');
  });

  it('cancels at once, and cancels its source, even when the source never settles its cancel', async () => {
    const state = { pulled: 0, cancelled: false };
    const out = limitStream(source(100, 10, state), 1000, () => new Error('too large'));
    const settled = await Promise.race([
      out.cancel('done').then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 200)),
    ]);
    expect(settled).toBe('settled');
    expect(state.cancelled).toBe(true);
  });

  it('errors with the reason when the signal aborts, and cancels the source', async () => {
    const state = { pulled: 0, cancelled: false };
    const stalled = new ReadableStream<Uint8Array>({
      cancel() {
        state.cancelled = true;
      },
    });
    const controller = new AbortController();
    const read = new Response(
      limitStream(stalled, 30, () => new Error('too large'), controller.signal),
    ).arrayBuffer();
    controller.abort(new Error('deadline'));
    await expect(read).rejects.toThrow('deadline');
    expect(state.cancelled).toBe(true);
  });
});
