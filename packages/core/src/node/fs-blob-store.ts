import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { CallbridgeError } from '../errors.js';
import { assertBlobKey } from '../memory/blob-key.js';
import type { BlobInfo, BlobStore, StoredBlob } from '../ports/blobs.js';

/** Options of `FsBlobStore`. */
export interface FsBlobStoreOptions {
  /** Root folder; created on first write. Blobs live under `data/`, content types under `meta/`. */
  directory: string;
}

interface BlobMeta {
  contentType: string | null;
}

const isMissing = (error: unknown) => (error as { code?: string } | null)?.code === 'ENOENT';

/**
 * `BlobStore` on the local filesystem (Node only: `@callbridge/core/node`). Bodies stream to a
 * temporary file that is renamed into place, so readers never see half a blob; reads stream from
 * disk. Keys must pass `assertBlobKey` (no '..', no absolute path), so a key never leaves the
 * directory.
 */
export class FsBlobStore implements BlobStore {
  readonly #root: string;

  constructor(options: FsBlobStoreOptions) {
    if (!options?.directory) {
      throw new CallbridgeError('configuration_error', 'FsBlobStore needs a directory.', {
        hint: "Pass { directory: '/var/lib/callbridge/blobs' } or another writable folder.",
      });
    }
    this.#root = resolve(options.directory);
  }

  async put(
    key: string,
    body: ReadableStream<Uint8Array> | Uint8Array,
    options: { contentType?: string | null } = {},
  ): Promise<BlobInfo> {
    const { data, meta } = this.#paths(key);
    const tmpDir = join(this.#root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${randomUUID()}.part`);
    const contentType = options.contentType ?? null;
    try {
      const source =
        body instanceof Uint8Array
          ? Readable.from([body])
          : Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>);
      await pipeline(source, createWriteStream(tmp, { flags: 'wx' }));
      await mkdir(dirname(data), { recursive: true });
      await mkdir(dirname(meta), { recursive: true });
      const metaTmp = `${tmp}.json`;
      await writeFile(metaTmp, JSON.stringify({ contentType } satisfies BlobMeta));
      await rename(metaTmp, meta);
      await rename(tmp, data);
    } catch (error) {
      await rm(tmp, { force: true });
      await rm(`${tmp}.json`, { force: true });
      throw error;
    }
    const { size } = await stat(data);
    return { key, size, contentType };
  }

  async get(key: string): Promise<StoredBlob | null> {
    const info = await this.head(key);
    if (!info) return null;
    const body = Readable.toWeb(
      createReadStream(this.#paths(key).data),
    ) as unknown as ReadableStream<Uint8Array>;
    return { ...info, body };
  }

  async head(key: string): Promise<BlobInfo | null> {
    const { data, meta } = this.#paths(key);
    try {
      const { size } = await stat(data);
      return { key, size, contentType: await readContentType(meta) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { data, meta } = this.#paths(key);
    await rm(data, { force: true });
    await rm(meta, { force: true });
  }

  #paths(key: string): { data: string; meta: string } {
    assertBlobKey(key);
    const data = resolve(this.#root, 'data', ...key.split('/'));
    const meta = `${resolve(this.#root, 'meta', ...key.split('/'))}.json`;
    if (!data.startsWith(`${this.#root}${sep}`) || !meta.startsWith(`${this.#root}${sep}`)) {
      throw new CallbridgeError('configuration_error', 'The blob key resolves outside the blob directory.', {
        hint: "Use '/'-separated relative segments without '..'.",
      });
    }
    return { data, meta };
  }
}

async function readContentType(metaPath: string): Promise<string | null> {
  try {
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Partial<BlobMeta>;
    return typeof meta.contentType === 'string' ? meta.contentType : null;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}
