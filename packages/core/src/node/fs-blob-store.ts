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

/** Suffixes that keep folders and blob files apart, so `a` and `a/b` never collide on disk. */
const FOLDER_SUFFIX = '.d';
const BLOB_SUFFIX = '.blob';
const META_SUFFIX = '.json';

const errnoOf = (error: unknown) => (error as { code?: string } | null)?.code;
const isMissing = (error: unknown) => errnoOf(error) === 'ENOENT';

/** Turns a filesystem error caused by the key itself into an actionable CallbridgeError. */
function keyError(error: unknown): unknown {
  if (errnoOf(error) !== 'ENAMETOOLONG') return error;
  return new CallbridgeError(
    'configuration_error',
    'A segment of the blob key is too long for the filesystem.',
    {
      cause: error,
      hint: "Keep each '/'-separated segment of the key under 240 bytes.",
    },
  );
}

/**
 * `BlobStore` on the local filesystem (Node only: `@callbridge/core/node`). Bodies stream to a
 * temporary file that is renamed into place, so readers never see half a blob; reads stream from
 * disk. Keys must pass `assertBlobKey` (no '..', no absolute path), so a key never leaves the
 * directory.
 *
 * Layout: key `a/b/c.mp3` is stored as `data/a.d/b.d/c.mp3.blob` with its content type in
 * `meta/a.d/b.d/c.mp3.json`. Folder segments end in `.d` and file names in `.blob`, so a key and
 * the keys under it (`a` and `a/b`) coexist like they do in every other `BlobStore`.
 * Each key segment must fit the filesystem's name limit (usually 255 bytes, minus the suffix).
 * On a case-insensitive filesystem, keys that differ only in case share one blob.
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
      throw keyError(error);
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
      const file = await stat(data);
      if (!file.isFile()) return null;
      return { key, size: file.size, contentType: await readContentType(meta) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw keyError(error);
    }
  }

  async delete(key: string): Promise<void> {
    const { data, meta } = this.#paths(key);
    await rm(data, { force: true });
    await rm(meta, { force: true });
  }

  #paths(key: string): { data: string; meta: string } {
    assertBlobKey(key);
    const segments = key.split('/');
    const name = segments.pop() as string;
    const folders = segments.map((segment) => `${segment}${FOLDER_SUFFIX}`);
    const data = resolve(this.#root, 'data', ...folders, `${name}${BLOB_SUFFIX}`);
    const meta = resolve(this.#root, 'meta', ...folders, `${name}${META_SUFFIX}`);
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
