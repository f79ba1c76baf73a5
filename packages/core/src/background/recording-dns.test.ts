import { describe, expect, it } from 'vitest';
import type { CallBridgeConfig } from '../config.js';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import type { Job } from '../ports/jobs.js';
import { type InteractionJobData, RECORDING_ATTEMPTS, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';
import type { ResolveHost } from './recording-url.js';

// `recordings.resolveHost`: a recording URL whose *name* resolves to this machine or a private
// network is refused like a literal private address, before each download and each redirect.

const AUDIO = new Uint8Array([0x49, 0x44, 0x33, 1, 2, 3, 4, 5, 6, 7]);
const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const tryNumber = (attempt: number, signal?: AbortSignal): Job<InteractionJobData> => ({
  id: 'j',
  name: RECORDING_DOWNLOAD_JOB,
  data,
  attempt,
  ...(signal ? { signal } : {}),
});
const audio = () => new Response(AUDIO, { headers: { 'content-type': 'audio/mpeg' } });

/** Names as a resolver sees them: public ones, one pointing home, one at cloud metadata. */
const ZONE: Record<string, string[]> = {
  'recordings.test': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'cdn.recordings.test': ['151.101.1.1'],
  'rebind.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'half.test': ['151.101.1.1', '10.0.0.5'],
  'v6home.test': ['::1'],
};

describe('callbridge.recording.download: host names resolved before fetching', () => {
  async function download(
    url: string,
    options: {
      fetcher?: (u: string) => Promise<Response>;
      resolveHost?: ResolveHost;
      recordings?: CallBridgeConfig['recordings'];
      job?: Job<InteractionJobData>;
    } = {},
  ) {
    const asked: string[] = [];
    const resolveHost: ResolveHost =
      options.resolveHost ??
      (async (name) => {
        asked.push(name);
        const found = ZONE[name];
        if (!found) throw new Error(`getaddrinfo ENOTFOUND ${name}`);
        return found;
      });
    const { bridge } = await testBridge({
      background: false,
      recordings: { resolveHost, ...options.recordings },
    });
    const seen: string[] = [];
    bridge.runtime.recordingFetchers?.register('ringover', async (u) => {
      seen.push(u);
      return (options.fetcher ?? (async () => audio()))(u);
    });
    await bridge.ingest(callEvent({ kind: 'recording_available', deliveryId: 'd-dns', recording: { url } }));
    const run = recordingDownloadHandler(bridge.runtime)(options.job ?? tryNumber(RECORDING_ATTEMPTS));
    const outcome = await run.then(
      () => 'done',
      (error: unknown) => error,
    );
    const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    return { seen, asked, outcome, metadata: stored?.metadata };
  }

  it.each([
    ['http://rebind.test/rec.mp3', /rebind\.test, which resolves to 127\.0\.0\.1/],
    ['https://metadata.test/latest/meta-data/', /resolves to 169\.254\.169\.254/],
    ['https://half.test/rec.mp3', /resolves to 10\.0\.0\.5/],
    ['https://v6home.test/rec.mp3', /resolves to ::1/],
  ])('refuses %s at once, without fetching it', async (url, why) => {
    const { seen, metadata } = await download(url);
    expect(seen).toEqual([]);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toMatch(why);
    expect(metadata?.lastError).toMatch(/private network.*allowPrivateHosts/);
  });

  it('refuses a redirect to a name that resolves to a private address, after one fetch', async () => {
    const { seen, asked, metadata } = await download('https://recordings.test/a.mp3', {
      fetcher: async (u) =>
        u.includes('recordings.test/a.mp3')
          ? new Response(null, { status: 302, headers: { location: 'http://metadata.test/iam' } })
          : audio(),
    });
    expect(seen).toEqual(['https://recordings.test/a.mp3']);
    expect(asked).toEqual(['recordings.test', 'metadata.test']);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toMatch(
      /redirected to a URL that points to metadata\.test, which resolves to 169\.254/,
    );
  });

  it('downloads when every address is public, checking each hop; literal addresses are not looked up', async () => {
    const { seen, asked, metadata } = await download('https://recordings.test/a.mp3', {
      fetcher: async (u) =>
        u.endsWith('/a.mp3')
          ? new Response(null, { status: 302, headers: { location: 'https://cdn.recordings.test/b.mp3' } })
          : u.endsWith('/b.mp3')
            ? new Response(null, {
                status: 302,
                headers: { location: 'http://[2001:4860:4860::8888]/c.mp3' },
              })
            : audio(),
    });
    expect(metadata?.recordingStatus).toBe('stored');
    expect(seen).toHaveLength(3);
    expect(asked).toEqual(['recordings.test', 'cdn.recordings.test']);
  });

  it('retries a lookup that fails, and marks the recording failed only on the last try', async () => {
    const first = await download('https://gone.test/rec.mp3', { job: tryNumber(1) });
    expect(first.seen).toEqual([]);
    expect(first.outcome).toBeInstanceOf(Error);
    expect(first.metadata?.recordingStatus).toBe('downloading');
    const last = await download('https://gone.test/rec.mp3');
    expect(last.metadata?.recordingStatus).toBe('failed');
    expect(last.metadata?.lastError).toMatch(/could not be resolved \(getaddrinfo ENOTFOUND gone\.test\)/);
    const empty = await download('https://recordings.test/rec.mp3', { resolveHost: async () => [] });
    expect(empty.seen).toEqual([]);
    expect(empty.metadata?.lastError).toMatch(/resolves to no address/);
  });

  it('stops waiting for a lookup that hangs when the job is cut off', async () => {
    const job = new AbortController();
    const pending = download('https://recordings.test/rec.mp3', {
      resolveHost: () => new Promise<string[]>(() => {}),
      job: tryNumber(1, job.signal),
    });
    setTimeout(() => job.abort(new Error('job cancelled')), 20);
    const { seen, outcome, metadata } = await pending;
    expect(seen).toEqual([]);
    expect(outcome).toBeInstanceOf(Error);
    expect(metadata?.recordingStatus).toBe('downloading');
  });

  it('does not look names up when recordings.allowPrivateHosts is on', async () => {
    const { seen, asked, metadata } = await download('http://rebind.test/rec.mp3', {
      recordings: { allowPrivateHosts: true },
    });
    expect(asked).toEqual([]);
    expect(seen).toEqual(['http://rebind.test/rec.mp3']);
    expect(metadata?.recordingStatus).toBe('stored');
  });

  it('downloads from a name or an address named in allowPrivateHosts, still refusing the others', async () => {
    const named = await download('http://rebind.test/rec.mp3', {
      recordings: { allowPrivateHosts: ['rebind.test'] },
    });
    expect(named.seen).toEqual(['http://rebind.test/rec.mp3']);
    expect(named.metadata?.recordingStatus).toBe('stored');
    const byAddress = await download('https://half.test/rec.mp3', {
      recordings: { allowPrivateHosts: ['10.0.0.5'] },
    });
    expect(byAddress.asked).toEqual(['half.test']);
    expect(byAddress.metadata?.recordingStatus).toBe('stored');
    const other = await download('https://metadata.test/latest/meta-data/', {
      recordings: { allowPrivateHosts: ['rebind.test', '10.0.0.5'] },
    });
    expect(other.seen).toEqual([]);
    expect(other.metadata?.lastError).toMatch(/resolves to 169\.254\.169\.254/);
  });
});

describe('callbridge.recording.download: odd resolvers and aborts', () => {
  async function download(
    url: string,
    resolveHost: ResolveHost,
    options: { fetcher?: (u: string) => Promise<Response>; job?: Job<InteractionJobData> } = {},
  ) {
    const { bridge } = await testBridge({ background: false, recordings: { resolveHost } });
    const seen: string[] = [];
    bridge.runtime.recordingFetchers?.register('ringover', async (u) => {
      seen.push(u);
      return (options.fetcher ?? (async () => audio()))(u);
    });
    await bridge.ingest(callEvent({ kind: 'recording_available', deliveryId: 'd-odd', recording: { url } }));
    const outcome = await recordingDownloadHandler(bridge.runtime)(
      options.job ?? tryNumber(RECORDING_ATTEMPTS),
    ).then(
      () => 'done',
      (error: unknown) => error,
    );
    const stored = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    return { seen, outcome, metadata: stored?.metadata };
  }

  it.each([
    ['a name', 'not-an-address'],
    ['an empty string', ''],
    ['an address with spaces', ' 127.0.0.1'],
    ['a dns.lookup entry', { address: '127.0.0.1', family: 4 }],
    ['null', null],
    ['undefined', undefined],
  ])('refuses a host whose lookup answers %s, which is not an IP address', async (_what, answer) => {
    const resolveHost = (async () => ['93.184.216.34', answer]) as unknown as ResolveHost;
    const { seen, metadata } = await download('https://recordings.test/rec.mp3', resolveHost);
    expect(seen).toEqual([]);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toMatch(/recordings\.test.*not an IP address/);
    expect(metadata?.lastError).not.toMatch(/private network/);
  });

  it('treats a resolver that throws at once like one that rejects', async () => {
    const resolveHost: ResolveHost = () => {
      throw new Error('resolver offline');
    };
    const first = await download('https://recordings.test/rec.mp3', resolveHost, { job: tryNumber(1) });
    expect(first.seen).toEqual([]);
    expect(first.outcome).toBeInstanceOf(Error);
    expect(first.metadata?.recordingStatus).toBe('downloading');
    const last = await download('https://recordings.test/rec.mp3', resolveHost);
    expect(last.metadata?.lastError).toMatch(/could not be resolved \(resolver offline\)/);
  });

  it('judges the answer of a resolver that answers synchronously', async () => {
    const resolveHost = (() => ['127.0.0.1']) as unknown as ResolveHost;
    const { seen, metadata } = await download('https://recordings.test/rec.mp3', resolveHost);
    expect(seen).toEqual([]);
    expect(metadata?.lastError).toMatch(/recordings\.test, which resolves to 127\.0\.0\.1/);
  });

  it("cuts a resolver's long error text short in lastError", async () => {
    const resolveHost: ResolveHost = async () => {
      throw new Error(`lookup failed: ${'x'.repeat(5000)}`);
    };
    const { metadata } = await download('https://recordings.test/rec.mp3', resolveHost);
    expect(metadata?.lastError).toMatch(/could not be resolved \(lookup failed: x+\.\.\.\)/);
    expect(metadata?.lastError?.length).toBeLessThan(600);
  });

  it('starts no lookup once the job is cut off, so a lookup failing later is no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const job = new AbortController();
      const asked: string[] = [];
      const { seen, outcome, metadata } = await download(
        'https://recordings.test/a.mp3',
        async (name) => {
          asked.push(name);
          if (name === 'recordings.test') return ['93.184.216.34'];
          await new Promise((resolve) => setTimeout(resolve, 5));
          throw new Error(`getaddrinfo ENOTFOUND ${name}`);
        },
        {
          // A fetcher that does not pass the signal on answers after the job was cancelled.
          fetcher: async () => {
            job.abort(new Error('job cancelled'));
            return new Response(null, {
              status: 302,
              headers: { location: 'https://cdn.recordings.test/b.mp3' },
            });
          },
          job: tryNumber(1, job.signal),
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(unhandled).toEqual([]);
      expect(seen).toEqual(['https://recordings.test/a.mp3']);
      expect(asked).toEqual(['recordings.test']);
      // Reported like a fetch that was cut off, not as a host name that could not be resolved.
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).message).toMatch(
        /Recording download from recordings\.test failed: job cancelled/,
      );
      expect(metadata?.recordingStatus).toBe('downloading');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
