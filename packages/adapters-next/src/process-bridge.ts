/** What `processBridge` needs of a bridge: `createCallBridge(...)` returns one. */
export interface StartableBridge {
  start(): Promise<void>;
}

export interface ProcessBridgeOptions {
  /**
   * Called when `bridge.start()` rejects (a provider's setup failed, a store is unreachable).
   * Default: `console.error('callbridge failed to start', error)`. `start()` can be called
   * again later: it resumes with what is not set up yet.
   */
  onStartError?: (error: unknown) => void;
}

/** The value of `process.env.NEXT_PHASE` while `next build` evaluates modules. */
const BUILD_PHASE = 'phase-production-build';

/**
 * The entry script of Next's worker processes (its bundled jest-worker). `next dev` forks one to
 * load a dynamic route such as `app/api/callbridge/[...path]/route.ts` (its static params) and
 * ends it once answered; it has the dev server's environment, without NEXT_PHASE.
 */
const NEXT_WORKER_SCRIPT = /[\\/]next[\\/]dist[\\/]compiled[\\/]jest-worker[\\/]processChild\.js$/;

/** True where Next evaluates modules without serving requests: `next build` and its workers. */
function isNextBuildOrWorker(): boolean {
  if (typeof process === 'undefined') return false;
  if (process.env?.NEXT_PHASE === BUILD_PHASE) return true;
  const script = Array.isArray(process.argv) ? process.argv[1] : undefined;
  return typeof script === 'string' && NEXT_WORKER_SCRIPT.test(script);
}

/**
 * The bridge of this server process for `key`: created by `create()` the first time it is asked
 * for, then kept on `globalThis` (under `Symbol.for('@callbridge/next:' + key)`) and returned to
 * every later call, whichever module evaluation makes it. Next.js evaluates a module such as
 * `lib/bridge.ts` once per bundle that imports it (a route handler and a Server Component page
 * each get their own copy) and again after each hot reload in `next dev`: a bridge made at module
 * scope would be one bridge per copy, each with its own in-memory stores and background jobs.
 *
 * The new bridge is started (`bridge.start()`: background jobs, provider setup) except during
 * `next build` (`process.env.NEXT_PHASE === 'phase-production-build'`), which evaluates route
 * modules too and must not start job workers or contact providers and databases from the build
 * machine, and except in the worker process `next dev` forks to load a dynamic route (such as
 * the `[...path]` route) after each edit, which it ends once the route's static params are known:
 * started there, a bridge would set up providers (a RingCentral subscription) and take jobs in a
 * process that is killed a moment later. A rejected start goes to `options.onStartError`. A factory that throws leaves nothing
 * kept, so the next call tries again.
 *
 * In `next dev`, edits to the factory's settings take effect after a server restart (the first
 * bridge is kept across hot reloads).
 */
export function processBridge<B extends StartableBridge>(
  key: string,
  create: () => B,
  options: ProcessBridgeOptions = {},
): B {
  const slot = Symbol.for(`@callbridge/next:${key}`);
  const holder = globalThis as typeof globalThis & Record<symbol, B | undefined>;
  const existing = holder[slot];
  if (existing) return existing;
  const bridge = create();
  holder[slot] = bridge;
  if (!isNextBuildOrWorker()) {
    const onStartError =
      options.onStartError ?? ((error: unknown) => console.error('callbridge failed to start', error));
    bridge.start().catch(onStartError);
  }
  return bridge;
}
