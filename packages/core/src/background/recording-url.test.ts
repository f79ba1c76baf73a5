import { describe, expect, it } from 'vitest';
import { CallbridgeError } from '../errors.js';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import type { Job } from '../ports/jobs.js';
import { type InteractionJobData, RECORDING_ATTEMPTS, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';

// Which recording URLs the download fetches: a webhook names them, so the server must not fetch
// its own network (see recording-url.ts).

const AUDIO = new Uint8Array([0x49, 0x44, 0x33, 1, 2, 3, 4, 5, 6, 7]);
const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const lastTry: Job<InteractionJobData> = {
  id: 'j',
  name: RECORDING_DOWNLOAD_JOB,
  data,
  attempt: RECORDING_ATTEMPTS,
};

describe('callbridge.recording.download: where it may fetch', () => {
  /** Stores a recording event with `url`, runs one download with a spying fetcher, returns both. */
  async function download(
    url: string,
    fetcher: (u: string, init: RequestInit) => Promise<Response>,
    overrides = {},
  ) {
    const { bridge } = await testBridge({ background: false, ...overrides });
    const seen: Array<{ url: string; redirect: RequestRedirect | undefined }> = [];
    bridge.runtime.recordingFetchers?.register('ringover', (u, init) => {
      seen.push({ url: u, redirect: init.redirect });
      return fetcher(u, init);
    });
    await bridge.ingest(callEvent({ kind: 'recording_available', deliveryId: 'd-url', recording: { url } }));
    await recordingDownloadHandler(bridge.runtime)(lastTry);
    const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    return { seen, metadata: stored?.metadata };
  }
  const audio = () => new Response(AUDIO, { headers: { 'content-type': 'audio/mpeg' } });

  it.each([
    'http://127.0.0.1:8080/rec.mp3',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/rec.mp3',
    'http://192.168.1.10/rec.mp3',
    'http://[::1]/rec.mp3',
    'http://[::ffff:127.0.0.1]/rec.mp3',
    'http://[fd00::1]/rec.mp3',
    'http://[::7f00:1]/rec.mp3',
    'http://[::a9fe:a9fe]/latest/meta-data/',
    'http://[::1:7f00:1]/rec.mp3',
    'http://localhost/rec.mp3',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://2130706433/rec.mp3',
    'file:///etc/passwd',
    'ftp://recordings.test/rec.mp3',
  ])('refuses %s at once, without fetching it', async (url) => {
    const { seen, metadata } = await download(url, async () => audio());
    expect(seen).toEqual([]);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toMatch(/private network|only http and https/);
  });

  it('refuses a URL carrying a user name or password, at once and without repeating it', async () => {
    // fetch() throws on such a URL on every try; the credentials must not reach lastError either.
    const direct = await download('https://rec-user:hunter2@recordings.test/a.mp3', async () => audio());
    expect(direct.seen).toEqual([]);
    expect(direct.metadata?.recordingStatus).toBe('failed');
    expect(direct.metadata?.lastError).toMatch(/user name or password/);
    expect(direct.metadata?.lastError).not.toMatch(/hunter2|rec-user/);
    const redirected = await download('https://recordings.test/a.mp3', async (u) =>
      u.endsWith('/a.mp3')
        ? new Response(null, { status: 302, headers: { location: 'https://u:hunter2@cdn.test/b.mp3' } })
        : audio(),
    );
    expect(redirected.seen.map((s) => s.url)).toEqual(['https://recordings.test/a.mp3']);
    expect(redirected.metadata?.recordingStatus).toBe('failed');
    expect(redirected.metadata?.lastError).toMatch(
      /redirected to a URL that carries a user name or password/,
    );
    expect(redirected.metadata?.lastError).not.toMatch(/hunter2/);
  });

  it('follows redirects itself, checking each target: never to a private address', async () => {
    const hops: Record<string, Response> = {
      'https://recordings.test/a.mp3': new Response(null, { status: 302, headers: { location: '/b.mp3' } }),
      'https://recordings.test/b.mp3': new Response(null, {
        status: 307,
        headers: { location: 'http://169.254.169.254/latest/meta-data/iam' },
      }),
    };
    const { seen, metadata } = await download(
      'https://recordings.test/a.mp3',
      async (u) => hops[u] ?? audio(),
    );
    expect(seen).toEqual([
      { url: 'https://recordings.test/a.mp3', redirect: 'manual' },
      { url: 'https://recordings.test/b.mp3', redirect: 'manual' },
    ]);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toMatch(/redirected to a URL that points to 169\.254\.169\.254/);
  });

  it('stores after public redirects, and refuses more than five hops', async () => {
    let n = 0;
    const chain = async (u: string) =>
      u.endsWith('/final.mp3')
        ? audio()
        : new Response(null, { status: 302, headers: { location: n++ < 2 ? `/hop-${n}` : '/final.mp3' } });
    const ok = await download('https://recordings.test/start', chain);
    expect(ok.metadata?.recordingStatus).toBe('stored');
    expect(ok.seen.map((s) => new URL(s.url).pathname)).toEqual(['/start', '/hop-1', '/hop-2', '/final.mp3']);
    const loop = await download(
      'https://recordings.test/loop',
      async () => new Response(null, { status: 302, headers: { location: '/loop' } }),
    );
    expect(loop.metadata?.recordingStatus).toBe('failed');
    expect(loop.metadata?.lastError).toMatch(/redirects more than 5 times/);
  });

  it('tells the fetcher which hop it fetches: 0 for the recording URL, then 1, 2 for each redirect', async () => {
    const { bridge } = await testBridge({ background: false });
    const hops: Array<number | undefined> = [];
    bridge.runtime.recordingFetchers?.register('ringover', async (u, _init, context) => {
      hops.push(context.hop);
      if (u.endsWith('/a.mp3')) return new Response(null, { status: 302, headers: { location: '/b.mp3' } });
      if (u.endsWith('/b.mp3')) return new Response(null, { status: 302, headers: { location: '/c.mp3' } });
      return audio();
    });
    await bridge.ingest(
      callEvent({
        kind: 'recording_available',
        deliveryId: 'd-hop',
        recording: { url: 'https://recordings.test/a.mp3' },
      }),
    );
    await recordingDownloadHandler(bridge.runtime)(lastTry);
    expect(hops).toEqual([0, 1, 2]);
  });

  /** A body that broke off before the download read it (a reset connection, a bounded reader). */
  const brokenBody = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(new Error('socket reset'));
      },
    });

  it('follows a redirect whose body broke off: the body of a redirect is never read', async () => {
    const { seen, metadata } = await download('https://recordings.test/a.mp3', async (u) =>
      u.endsWith('/a.mp3')
        ? new Response(brokenBody(), { status: 302, headers: { location: '/b.mp3' } })
        : audio(),
    );
    expect(seen.map((s) => s.url)).toEqual([
      'https://recordings.test/a.mp3',
      'https://recordings.test/b.mp3',
    ]);
    expect(metadata?.recordingStatus).toBe('stored');
  });

  it.each([
    [500, 'answered HTTP 500'],
    [200, 'not audio'],
  ])('marks the last try failed when a %i answer has a body that broke off', async (status, error) => {
    const { bridge } = await testBridge({ background: false });
    bridge.runtime.recordingFetchers?.register(
      'ringover',
      async () => new Response(brokenBody(), { status, headers: { 'content-type': 'text/html' } }),
    );
    await bridge.ingest(
      callEvent({
        kind: 'recording_available',
        deliveryId: 'd-broken',
        recording: { url: 'https://recordings.test/a.mp3' },
      }),
    );
    // a retryable failure still throws on the last try, so the queue lists the job as failed
    await recordingDownloadHandler(bridge.runtime)(lastTry).catch(() => undefined);
    const metadata = (await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1'))?.metadata;
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toContain(error);
    expect(metadata?.recordingFailures).toBe(1);
  });

  it('fails at once, naming the fix, when the fetcher says it is misconfigured; retries other fetcher errors', async () => {
    const firstTry = { ...lastTry, attempt: 1 };
    const run = async (error: Error) => {
      const { bridge } = await testBridge({ background: false });
      bridge.runtime.recordingFetchers?.register('ringover', async () => {
        throw error;
      });
      await bridge.ingest(
        callEvent({
          kind: 'recording_available',
          deliveryId: 'd-cfg',
          recording: { url: 'https://recordings.test/a.mp3' },
        }),
      );
      const outcome = await recordingDownloadHandler(bridge.runtime)(firstTry).then(
        () => 'done',
        () => 'thrown',
      );
      const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
      return { outcome, metadata: stored?.metadata };
    };
    const misconfigured = await run(
      new CallbridgeError('configuration_error', 'No provider credentials for tenant "t1".', {
        hint: 'Set the API key of tenant "t1".',
      }),
    );
    expect(misconfigured.outcome).toBe('done');
    expect(misconfigured.metadata?.recordingStatus).toBe('failed');
    expect(misconfigured.metadata?.lastError).toMatch(
      /No provider credentials for tenant "t1"\. Set the API key of tenant "t1"\./,
    );
    const network = await run(new TypeError('fetch failed'));
    expect(network.outcome).toBe('thrown');
    expect(network.metadata?.recordingStatus).toBe('downloading');
  });

  it('downloads from a public IPv6 literal', async () => {
    const { seen, metadata } = await download('http://[2001:4860:4860::8888]/rec.mp3', async () => audio());
    expect(seen).toHaveLength(1);
    expect(metadata?.recordingStatus).toBe('stored');
  });

  it('downloads from this machine when recordings.allowPrivateHosts is on', async () => {
    const { seen, metadata } = await download('http://127.0.0.1:8080/rec.mp3', async () => audio(), {
      recordings: { allowPrivateHosts: true },
    });
    expect(seen).toHaveLength(1);
    expect(metadata?.recordingStatus).toBe('stored');
  });

  it.each([
    'http://recordings.corp.internal/rec.mp3',
    'http://RECORDINGS.corp.internal./rec.mp3',
    'http://10.1.2.3/rec.mp3',
    'http://[fd00::1]/rec.mp3',
  ])('downloads %s from a private host named in recordings.allowPrivateHosts', async (url) => {
    const { seen, metadata } = await download(url, async () => audio(), {
      recordings: { allowPrivateHosts: ['recordings.corp.internal', '10.1.2.3', 'fd00:0::1'] },
    });
    expect(seen).toHaveLength(1);
    expect(metadata?.recordingStatus).toBe('stored');
  });

  it('matches a listed host name written in Unicode or with capitals against the URL (punycode)', async () => {
    // The URL parser turns an international name into punycode: the list must compare the same form.
    for (const listed of ['enregistrements.société.internal', 'ENREGISTREMENTS.SOCIÉTÉ.INTERNAL.']) {
      const { seen, metadata } = await download(
        'http://enregistrements.société.internal/rec.mp3',
        async () => audio(),
        { recordings: { allowPrivateHosts: [listed] } },
      );
      expect(seen, listed).toHaveLength(1);
      expect(metadata?.recordingStatus, listed).toBe('stored');
    }
  });

  it('refuses the private hosts a list leaves out, and redirects to them, naming the host to add', async () => {
    const recordings = { allowPrivateHosts: ['recordings.corp.internal'] };
    const other = await download('http://10.1.2.3/rec.mp3', async () => audio(), { recordings });
    expect(other.seen).toEqual([]);
    expect(other.metadata?.recordingStatus).toBe('failed');
    expect(other.metadata?.lastError).toMatch(/allowPrivateHosts: \[\.\.\., '10\.1\.2\.3'\]/);
    const redirected = await download(
      'http://recordings.corp.internal/rec.mp3',
      async (u) =>
        u.includes('corp.internal')
          ? new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/' } })
          : audio(),
      { recordings },
    );
    expect(redirected.seen.map((hop) => hop.url)).toEqual(['http://recordings.corp.internal/rec.mp3']);
    expect(redirected.metadata?.recordingStatus).toBe('failed');
    expect(redirected.metadata?.lastError).toMatch(/169\.254\.169\.254/);
  });
});
