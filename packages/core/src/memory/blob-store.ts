import type { BlobInfo, BlobStore, StoredBlob } from '../ports/blobs.js';
import { assertBlobKey } from './blob-key.js';

interface MemoryBlob {
  chunks: Uint8Array[];
  size: number;
  contentType: string | null;
}

/** Reads a body (stream or bytes) into chunks without joining them. */
export async function collectChunks(body: ReadableStream<Uint8Array> | Uint8Array): Promise<Uint8Array[]> {
  if (body instanceof Uint8Array) return [body.slice()];
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value.slice());
  }
}

/**
 * `BlobStore` in process memory. Keys must pass `assertBlobKey`. Bodies are kept as the chunks
 * they arrived in and streamed back chunk by chunk.
 */
export class MemoryBlobStore implements BlobStore {
  readonly #blobs = new Map<string, MemoryBlob>();

  async put(
    key: string,
    body: ReadableStream<Uint8Array> | Uint8Array,
    options: { contentType?: string | null } = {},
  ): Promise<BlobInfo> {
    assertBlobKey(key);
    const chunks = await collectChunks(body);
    const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const contentType = options.contentType ?? null;
    this.#blobs.set(key, { chunks, size, contentType });
    return { key, size, contentType };
  }

  async get(key: string): Promise<StoredBlob | null> {
    assertBlobKey(key);
    const blob = this.#blobs.get(key);
    if (!blob) return null;
    let index = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = blob.chunks[index++];
        if (chunk) controller.enqueue(chunk.slice());
        else controller.close();
      },
    });
    return { key, size: blob.size, contentType: blob.contentType, body };
  }

  async head(key: string): Promise<BlobInfo | null> {
    assertBlobKey(key);
    const blob = this.#blobs.get(key);
    return blob ? { key, size: blob.size, contentType: blob.contentType } : null;
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    this.#blobs.delete(key);
  }
}
