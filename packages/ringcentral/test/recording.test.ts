import { type BlobInfo, type BlobStore, MemoryBlobStore } from '@callbridge/core';
import type { RingCentralOptions } from '@callbridge/ringcentral';
import {
  callLogRecord,
  createRingCentralMock,
  FakeClock,
  FIXTURE_RECORDING_ID,
} from '@callbridge/ringcentral/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeBridge } from './helpers.js';

const AUDIO = new Uint8Array(256 * 1024).map((_, i) => i % 251);
const mock = createRingCentralMock({
  callLog: [callLogRecord()],
  recordings: { [FIXTURE_RECORDING_ID]: { body: AUDIO, contentType: 'audio/mpeg' } },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A blob store that records how each body arrived. */
class SpyBlobStore implements BlobStore {
  readonly inner = new MemoryBlobStore();
  readonly puts: { key: string; streamed: boolean }[] = [];
  put(key: string, body: ReadableStream<Uint8Array> | Uint8Array, options?: { contentType?: string | null }) {
    this.puts.push({ key, streamed: body instanceof ReadableStream });
    return this.inner.put(key, body, options);
  }
  get(key: string) {
    return this.inner.get(key);
  }
  head(key: string): Promise<BlobInfo | null> {
    return this.inner.head(key);
  }
  delete(key: string) {
    return this.inner.delete(key);
  }
}

describe('recording download', () => {
  it('streams the recording into the blob store exactly once, with the bearer token, honouring 429', async () => {
    let mediaCalls = 0;
    const auths: string[] = [];
    server.use(
      http.get(
        'https://media.ringcentral.com/restapi/v1.0/account/:a/recording/:id/content',
        ({ request }) => {
          mediaCalls += 1;
          auths.push(request.headers.get('authorization') ?? '');
          if (mediaCalls === 1) {
            return HttpResponse.json(
              { errors: [{ errorCode: 'CMN-301' }] },
              { status: 429, headers: { 'Retry-After': '30' } },
            );
          }
          return undefined;
        },
      ),
    );
    const clock = new FakeClock();
    const blobs = new SpyBlobStore();
    const { bridge, provider } = makeBridge({ clock, blobs, background: true });
    await bridge.start();
    await provider.poll('t1');
    const get = () => bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', FIXTURE_RECORDING_ID);
    await vi.waitFor(async () => expect((await get())?.metadata.recordingStatus).toBe('stored'), {
      timeout: 4000,
    });
    const record = await get();
    const key = record?.metadata.recordingBlobKey ?? '';
    expect(key).toBe(`t1/RINGCENTRAL/${FIXTURE_RECORDING_ID}`);
    expect(record?.metadata.recordingContentType).toBe('audio/mpeg');
    expect(blobs.puts).toEqual([{ key, streamed: true }]);
    const stored = await blobs.get(key);
    const bytes = new Uint8Array(await new Response(stored?.body).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(AUDIO))).toBe(true);
    expect(clock.sleeps).toContain(30_000);
    expect(auths.every((a) => /^bearer access-/.test(a))).toBe(true);

    const log = await bridge.runtime.eventLog.readAfter('t1', '0', 100);
    const updates = log.events.filter(
      (e) => e.type === 'call_event_updated' && JSON.stringify(e.data).includes('"recordingStatus":"stored"'),
    );
    expect(updates.length).toBeGreaterThanOrEqual(1);

    // polls and reconciliations later never download it again
    await provider.reconcile('t1');
    clock.advance(600_000);
    await provider.poll('t1');
    await new Promise((r) => setTimeout(r, 200));
    expect(blobs.puts).toHaveLength(1);
    expect(mock.state.recordingRequests).toHaveLength(1);
    expect(mediaCalls).toBe(2);
    await bridge.close();
  });
});

describe('recording download redirects', () => {
  const MEDIA = 'https://media.ringcentral.com/restapi/v1.0/account/:a/recording/:id/content';

  /** Polls the call log, runs the download, and returns the record's metadata. */
  async function downloadWith(mediaAnswer: () => Response, providerOptions: RingCentralOptions = {}) {
    server.use(http.get(MEDIA, mediaAnswer));
    const { bridge, provider } = makeBridge({ background: true, provider: providerOptions });
    await bridge.start();
    await provider.poll('t1');
    const get = () => bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', FIXTURE_RECORDING_ID);
    await vi.waitFor(
      async () => expect(['stored', 'failed']).toContain((await get())?.metadata.recordingStatus),
      { timeout: 4000 },
    );
    const metadata = (await get())?.metadata;
    await bridge.close();
    return metadata;
  }

  it('follows a redirect to signed storage itself, without sending the RingCentral token there', async () => {
    const storage: Array<string | null> = [];
    server.use(
      http.get('https://storage.example/rec.mp3', ({ request }) => {
        storage.push(request.headers.get('authorization'));
        return HttpResponse.arrayBuffer(AUDIO.buffer, { headers: { 'content-type': 'audio/mpeg' } });
      }),
    );
    const metadata = await downloadWith(
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: { location: 'https://storage.example/rec.mp3?sig=1' },
        }),
    );
    expect(metadata?.recordingStatus).toBe('stored');
    expect(storage).toEqual([null]);
  });

  it('refuses a redirect to cloud metadata: the target is checked before it is fetched', async () => {
    let fetched = 0;
    server.use(
      http.get('http://169.254.169.254/*', () => {
        fetched += 1;
        return HttpResponse.arrayBuffer(AUDIO.buffer, { headers: { 'content-type': 'audio/mpeg' } });
      }),
    );
    const metadata = await downloadWith(
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: { location: 'http://169.254.169.254/latest/meta-data/iam' },
        }),
    );
    expect(fetched).toBe(0);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toMatch(/redirected to a URL that points to 169\.254\.169\.254/);
  });

  it("fetches a redirect off RingCentral's hosts through the provider's `fetch` option (a proxy)", async () => {
    const storage: Array<string | null> = [];
    server.use(
      http.get('https://storage.example/rec.mp3', ({ request }) => {
        storage.push(request.headers.get('authorization'));
        return HttpResponse.arrayBuffer(AUDIO.buffer, { headers: { 'content-type': 'audio/mpeg' } });
      }),
    );
    const proxied: string[] = [];
    const viaProxy: typeof fetch = (input, init) => {
      proxied.push(new URL(input instanceof Request ? input.url : String(input)).host);
      return globalThis.fetch(input, init);
    };
    const metadata = await downloadWith(
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: { location: 'https://storage.example/rec.mp3?sig=1' },
        }),
      { fetch: viaProxy },
    );
    expect(metadata?.recordingStatus).toBe('stored');
    expect(storage).toEqual([null]);
    expect(proxied).toContain('media.ringcentral.com');
    expect(proxied).toContain('storage.example');
  });

  it('sends the token to the media host of a contentUri spelled HTTPS://, and to no other host', async () => {
    const withToken = new Set<string>();
    const onStart = ({ request }: { request: Request }) => {
      if (request.headers.has('authorization')) withToken.add(new URL(request.url).host);
    };
    server.events.on('request:start', onStart);
    mock.state.callLog = [callLogRecord({ mediaServer: 'HTTPS://media.ringcentral.com' })];
    try {
      const metadata = await downloadWith(() =>
        HttpResponse.arrayBuffer(AUDIO.buffer, {
          headers: { 'content-type': 'audio/mpeg' },
        }),
      );
      expect(metadata?.recordingStatus).toBe('stored');
      expect([...withToken].sort()).toEqual(['media.ringcentral.com', 'platform.ringcentral.com']);
    } finally {
      mock.state.callLog = [callLogRecord()];
      server.events.removeListener('request:start', onStart);
    }
  });
});
