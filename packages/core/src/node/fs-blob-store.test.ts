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

  it('stores a key and the keys under it side by side, in either order', async () => {
    const store = new FsBlobStore({ directory: root });
    const encode = (text: string) => new TextEncoder().encode(text);
    const read = async (key: string) => {
      const stored = await store.get(key);
      return stored ? new Response(stored.body).text() : null;
    };
    await store.put('prefix/a', encode('file first'));
    await store.put('prefix/a/b', encode('then nested'));
    await store.put('other/a/b', encode('nested first'));
    await store.put('other/a', encode('then file'));
    expect(await read('prefix/a')).toBe('file first');
    expect(await read('prefix/a/b')).toBe('then nested');
    expect(await read('other/a/b')).toBe('nested first');
    expect(await read('other/a')).toBe('then file');
    await store.delete('other/a');
    expect(await read('other/a')).toBeNull();
    expect(await read('other/a/b')).toBe('nested first');
  });

  it('keeps keys that look like the on-disk suffixes apart', async () => {
    const store = new FsBlobStore({ directory: root });
    const keys = ['sfx/x', 'sfx/x.d', 'sfx/x.blob', 'sfx/x/y', 'sfx/x.d/y', 'sfx/x.json', 'sfx/x.blob/y'];
    for (const key of keys) await store.put(key, new TextEncoder().encode(key), { contentType: key });
    for (const key of keys) {
      const stored = await store.get(key);
      expect(stored && { text: await new Response(stored.body).text(), type: stored.contentType }).toEqual({
        text: key,
        type: key,
      });
    }
  });

  it('answers null for a key that is only a folder of other keys', async () => {
    const store = new FsBlobStore({ directory: root });
    await store.put('folder-only/child', new Uint8Array([1]));
    expect(await store.head('folder-only')).toBeNull();
    expect(await store.get('folder-only')).toBeNull();
  });

  it('rejects a key segment longer than the filesystem allows with a clear error', async () => {
    const store = new FsBlobStore({ directory: root });
    const error = await store.put(`long/${'x'.repeat(300)}`, new Uint8Array([1])).catch((e: unknown) => e);
    expect(isCallbridgeError(error) && error.code).toBe('configuration_error');
    expect(String(error)).toMatch(/segment of the blob key is too long/);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('requires a directory', () => {
    expect(() => new FsBlobStore({ directory: '' })).toThrow(/directory/);
  });
});
