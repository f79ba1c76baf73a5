import { afterEach, describe, expect, it, vi } from 'vitest';

// Next.js evaluates a module such as `lib/bridge.ts` once per bundle that imports it (a route
// handler and a Server Component page are different bundles), again after each hot reload in
// `next dev`, and also in the workers of `next build`. These tests re-evaluate the modules for
// real (`vi.resetModules()` then a fresh `import()`), as those bundles do.

interface FakeBridge {
  id: number;
  start(): Promise<void>;
}

const counts = { created: 0, started: 0 };
const keys: string[] = [];

function factory(fail = false): () => FakeBridge {
  return () => {
    counts.created++;
    const id = counts.created;
    return {
      id,
      start: async () => {
        counts.started++;
        if (fail) throw new Error('provider setup failed');
      },
    };
  };
}

/** A fresh evaluation of the package's entry, as another Next bundle would get it. */
async function freshModule() {
  vi.resetModules();
  return import('@callbridge/next');
}

function uniqueKey(name: string): string {
  const key = `test:${name}:${Math.random()}`;
  keys.push(key);
  return key;
}

afterEach(() => {
  counts.created = 0;
  counts.started = 0;
  for (const key of keys.splice(0))
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(`@callbridge/next:${key}`)];
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('processBridge', () => {
  it('gives every evaluation of the module the same bridge, created and started once', async () => {
    const key = uniqueKey('shared');
    const route = (await freshModule()).processBridge(key, factory());
    const page = (await freshModule()).processBridge(key, factory());
    const reloaded = (await freshModule()).processBridge(key, factory());
    expect(page).toBe(route);
    expect(reloaded).toBe(route);
    expect(counts).toEqual({ created: 1, started: 1 });
  });

  it('keeps the bridge on globalThis under Symbol.for("@callbridge/next:<key>")', async () => {
    const key = uniqueKey('symbol');
    const bridge = (await freshModule()).processBridge(key, factory());
    expect((globalThis as Record<symbol, unknown>)[Symbol.for(`@callbridge/next:${key}`)]).toBe(bridge);
  });

  it('keeps one bridge per key', async () => {
    const { processBridge } = await freshModule();
    const a = processBridge(uniqueKey('a'), factory());
    const b = processBridge(uniqueKey('b'), factory());
    expect(a).not.toBe(b);
    expect(counts).toEqual({ created: 2, started: 2 });
  });

  it('does not start the bridge during `next build` (NEXT_PHASE=phase-production-build)', async () => {
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    const bridge = (await freshModule()).processBridge(uniqueKey('build'), factory());
    expect(bridge.id).toBe(1);
    expect(counts).toEqual({ created: 1, started: 0 });
  });

  it('does not start it in the worker `next dev` forks to load a dynamic route (generateStaticParams)', async () => {
    // `next dev` loads `app/api/callbridge/[...path]/route.ts` in a short-lived child process
    // (Next's jest-worker, ended once the route's static params are known), with the dev
    // server's environment: NEXT_PHASE is not set there. Its script is the worker's entry.
    const argv = process.argv;
    process.argv = [argv[0] ?? 'node', '/app/node_modules/next/dist/compiled/jest-worker/processChild.js'];
    try {
      const bridge = (await freshModule()).processBridge(uniqueKey('dev-worker'), factory());
      expect(bridge.id).toBe(1);
      expect(counts).toEqual({ created: 1, started: 0 });
    } finally {
      process.argv = argv;
    }
    // The same on Windows paths, and not for another script of that name.
    process.argv = [
      argv[0] ?? 'node',
      'C:\\app\\node_modules\\next\\dist\\compiled\\jest-worker\\processChild.js',
    ];
    try {
      (await freshModule()).processBridge(uniqueKey('dev-worker-windows'), factory());
    } finally {
      process.argv = argv;
    }
    process.argv = [argv[0] ?? 'node', '/app/node_modules/jest-worker/build/processChild.js'];
    try {
      (await freshModule()).processBridge(uniqueKey('jest'), factory());
    } finally {
      process.argv = argv;
    }
    expect(counts).toEqual({ created: 3, started: 1 });
  });

  it('starts it in the other phases (`next start`, `next dev`)', async () => {
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    (await freshModule()).processBridge(uniqueKey('server'), factory());
    vi.stubEnv('NEXT_PHASE', 'phase-development-server');
    (await freshModule()).processBridge(uniqueKey('dev'), factory());
    expect(counts).toEqual({ created: 2, started: 2 });
  });

  it('hands a failed start to onStartError, or logs it with console.error by default', async () => {
    const { processBridge } = await freshModule();
    const onStartError = vi.fn();
    processBridge(uniqueKey('fails'), factory(true), { onStartError });
    await vi.waitFor(() => expect(onStartError).toHaveBeenCalledWith(new Error('provider setup failed')));

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    processBridge(uniqueKey('fails-logged'), factory(true));
    await vi.waitFor(() =>
      expect(logged).toHaveBeenCalledWith('callbridge failed to start', new Error('provider setup failed')),
    );
  });

  it('does not keep a bridge whose factory threw, so the next evaluation tries again', async () => {
    const key = uniqueKey('throws');
    const { processBridge } = await freshModule();
    expect(() =>
      processBridge(key, () => {
        throw new Error('bad config');
      }),
    ).toThrow('bad config');
    expect(processBridge(key, factory()).id).toBe(1);
  });
});
