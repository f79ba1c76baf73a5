import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { blobStoreConformance } from '../testing/index.js';
import { FsBlobStore } from './fs-blob-store.js';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'callbridge-blobs-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

blobStoreConformance(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'FsBlobStore', create: () => new FsBlobStore({ directory: root }) },
);

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return isCallbridgeError(error) ? error.code : String(error);
  }
}

describe('FsBlobStore', () => {
  it('rejects keys that could leave the directory', async () => {
    const store = new FsBlobStore({ directory: root });
    for (const key of ['../escape', 'a/../../b', '/etc/passwd', 'a\\..\\b', '']) {
      expect(await codeOf(store.put(key, new Uint8Array([1])))).toBe('configuration_error');
      expect(await codeOf(store.get(key))).toBe('configuration_error');
    }
    expect(await readdir(root)).not.toContain('escape');
  });

  it('keeps the old blob and leaves no temp file when a write fails midway', async () => {
    const store = new FsBlobStore({ directory: root });
    await store.put('atomic/key', new TextEncoder().encode('old'), { contentType: 'text/plain' });
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('partial'));
        controller.error(new Error('network dropped'));
      },
    });
    await expect(store.put('atomic/key', failing)).rejects.toThrow('network dropped');
    const stored = await store.get('atomic/key');
    expect(stored && (await new Response(stored.body).text())).toBe('old');
    expect(await store.head('atomic/key')).toEqual({ key: 'atomic/key', size: 3, contentType: 'text/plain' });
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('requires a directory', () => {
    expect(() => new FsBlobStore({ directory: '' })).toThrow(/directory/);
  });
});
