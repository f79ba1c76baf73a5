import type { BlobStore } from '../ports/blobs.js';
import { suite, uniqueId } from './helpers.js';
import type { ConformanceOptions, TestApi } from './types.js';

/** A deterministic byte pattern of `size` bytes, streamed in chunks of `chunkSize`. */
function patternStream(size: number, chunkSize: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) {
        controller.close();
        return;
      }
      const chunk = new Uint8Array(Math.min(chunkSize, size - sent));
      for (let i = 0; i < chunk.length; i++) chunk[i] = (sent + i) % 251;
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

/** Reads a stream and checks it against the pattern without keeping it whole. */
async function checkPattern(
  body: ReadableStream<Uint8Array>,
): Promise<{ size: number; mismatches: number; chunks: number }> {
  let offset = 0;
  let mismatches = 0;
  let chunks = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { size: offset, mismatches, chunks };
    chunks++;
    for (let i = 0; i < value.length; i++) if (value[i] !== (offset + i) % 251) mismatches++;
    offset += value.length;
  }
}

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

/**
 * The `BlobStore` contract: a multi-MB stream round-trips byte for byte and comes back as a
 * stream, bytes bodies work too, `head` reports size and content type, overwrite replaces,
 * missing keys give null, and `delete` is idempotent.
 */
export function blobStoreConformance(t: TestApi, options: ConformanceOptions<BlobStore>): void {
  const { it, expect } = t;
  suite(t, 'BlobStore', options, (blobs) => {
    it('round-trips a multi-MB stream byte for byte', async () => {
      const key = `recordings/${uniqueId('tenant')}/12345678901234567890.mp3`;
      const size = 5 * 1024 * 1024 + 123;
      const info = await blobs().put(key, patternStream(size, 64 * 1024), { contentType: 'audio/mpeg' });
      expect(info).toEqual({ key, size, contentType: 'audio/mpeg' });
      const stored = await blobs().get(key);
      expect(stored).toMatchObject({ key, size, contentType: 'audio/mpeg' });
      if (!stored) throw new Error('blob missing');
      const check = await checkPattern(stored.body);
      expect(check).toMatchObject({ size, mismatches: 0 });
      expect(check.chunks).toBeGreaterThan(1);
    }, 30_000);

    it('stores a Uint8Array body and reports it through head', async () => {
      const key = `${uniqueId('blob')}/note.txt`;
      const info = await blobs().put(key, new TextEncoder().encode('héllo'));
      expect(info).toEqual({ key, size: 6, contentType: null });
      expect(await blobs().head(key)).toEqual({ key, size: 6, contentType: null });
      const stored = await blobs().get(key);
      expect(stored ? await text(stored.body) : null).toBe('héllo');
    });

    it('replaces a blob on put to the same key', async () => {
      const key = uniqueId('blob');
      await blobs().put(key, new TextEncoder().encode('first version'), { contentType: 'text/plain' });
      await blobs().put(key, new TextEncoder().encode('second'), { contentType: 'text/markdown' });
      expect(await blobs().head(key)).toEqual({ key, size: 6, contentType: 'text/markdown' });
      const stored = await blobs().get(key);
      expect(stored ? await text(stored.body) : null).toBe('second');
    });

    it('answers null for missing keys and deletes idempotently', async () => {
      const key = uniqueId('blob');
      expect(await blobs().get(key)).toBeNull();
      expect(await blobs().head(key)).toBeNull();
      await blobs().put(key, new Uint8Array([1, 2, 3]));
      await blobs().delete(key);
      await blobs().delete(key);
      expect(await blobs().get(key)).toBeNull();
      expect(await blobs().head(key)).toBeNull();
    });

    it('stores an empty body', async () => {
      const key = uniqueId('blob');
      expect(await blobs().put(key, patternStream(0, 10))).toEqual({ key, size: 0, contentType: null });
      const stored = await blobs().get(key);
      expect(stored ? (await checkPattern(stored.body)).size : null).toBe(0);
    });
  });
}
