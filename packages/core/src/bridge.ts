import { createRecordingFetchers } from './background/fetchers.js';
import { registerBackgroundJobs } from './background/register.js';
import type { CallBridgeConfig } from './config.js';
import { configError, validateBasePath, validateCallBridgeConfig } from './config-validation.js';
import { CallbridgeError } from './errors.js';
import {
  type BridgeRequest,
  createHttpHandler,
  createServe,
  createStreamToken,
  type ServeFunction,
  streamTokenAudience,
} from './http/index.js';
import { endOpenStreams } from './http/open-streams.js';
import { drainIngests } from './ingest/in-flight.js';
import { DEFAULT_CLAIM_TTL_MS, ingest } from './ingest/ingest.js';
import { createMemoryStores } from './memory/stores.js';
import type { CallEventInput, ProviderName } from './model/call-event.js';
import { checkedCases, checkedContacts } from './ports/checked-directory.js';
import { silentLogger } from './ports/logger.js';
import type { Principal } from './ports/tenancy.js';
import type { CallbridgeProvider, IngestResult } from './provider.js';
import type { BridgeRuntime } from './runtime.js';

export { DEFAULT_BASE_PATH, validateCallBridgeConfig } from './config-validation.js';

/** Default largest webhook body: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Default stream settings (see `CallBridgeConfig.stream`). */
export const DEFAULT_STREAM = {
  heartbeatMs: 15_000,
  retryMs: 2_000,
  tokenTtlSeconds: 300,
  maxStreamsPerTenant: 1000,
} as const;

/** A running bridge: the HTTP entry adapters call, the ingest pipeline, and its lifecycle. */
export interface CallBridge {
  /** Serves the whole HTTP contract (webhooks, SSE stream, calls API). Never throws. */
  handle(request: Request): Promise<Response>;
  /**
   * The same as `handle` for server adapters that do not start from a web `Request`
   * (`@callbridge/express` builds a {@link BridgeRequest} from Node's request and writes a
   * {@link BridgeReply} without a web `Response`). A request with `writesEventStreams: true`
   * gets the SSE stream as an `EventStreamAnswer` to `pipe` into the server's response; any
   * other gets it as a web `Response`. Never throws.
   */
  serve: ServeFunction;
  /** Ingests one call event (for polls, imports, tests): the same pipeline webhooks go through. */
  ingest(event: CallEventInput): Promise<IngestResult>;
  /**
   * Mints a `?token=` stream token for `principal` with `stream.tokenSecret`, valid for
   * `stream.tokenTtlSeconds` (default 300 s) and bound to `stream.tokenAudience` (a bridge with
   * another audience refuses it): for plain `EventSource` clients, which cannot send headers.
   * Call it from one of your authenticated routes. Rejects with a `configuration_error` when no
   * `stream.tokenSecret` is set.
   */
  createStreamToken(principal: Principal): Promise<string>;
  /** Registers the background job processors and runs each provider's `setup`. Idempotent; after a rejection, call it again: it sets up the providers that are not set up yet. */
  start(): Promise<void>;
  /**
   * Ends the open SSE streams (and any opened later), closes the providers, waits for the events
   * being ingested (at most `dedupe.claimTtlMs`; new ones are refused with 503), then closes the
   * job queue (waiting for running jobs) and the broadcaster. Close your own stores (pool, Redis)
   * after it resolves.
   */
  close(): Promise<void>;
  /** The resolved configuration and stores, shared with the HTTP handler and providers. */
  readonly runtime: BridgeRuntime;
}

/** Builds the runtime: every default applied, every store filled in. */
function buildRuntime(config: CallBridgeConfig, providers: Map<ProviderName, CallbridgeProvider>) {
  const now = config.now ?? Date.now;
  const stores = config.stores ?? {};
  const logger = config.logger ?? silentLogger;
  const basePath = validateBasePath(config.basePath);
  const memory = createMemoryStores({ now, logger });
  const runtime: BridgeRuntime = {
    providers,
    contacts: checkedContacts(config.contacts, logger),
    cases: config.cases ? checkedCases(config.cases, logger) : null,
    dedupe: stores.dedupe ?? memory.dedupe,
    interactions: stores.interactions ?? memory.interactions,
    eventLog: stores.eventLog ?? memory.eventLog,
    broadcaster: stores.broadcaster ?? memory.broadcaster,
    jobs: stores.jobs ?? memory.jobs,
    blobs: stores.blobs ?? memory.blobs,
    checkpoints: stores.checkpoints ?? memory.checkpoints,
    tenants: config.tenants,
    authenticate: config.authenticate,
    basePath,
    maxBodyBytes: config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    locale: config.locale ?? 'en',
    stream: {
      heartbeatMs: config.stream?.heartbeatMs ?? DEFAULT_STREAM.heartbeatMs,
      retryMs: config.stream?.retryMs ?? DEFAULT_STREAM.retryMs,
      tokenSecret: config.stream?.tokenSecret ?? null,
      tokenTtlSeconds: config.stream?.tokenTtlSeconds ?? DEFAULT_STREAM.tokenTtlSeconds,
      tokenAudience: config.stream?.tokenAudience ?? streamTokenAudience(basePath),
      maxStreamsPerTenant: config.stream?.maxStreamsPerTenant ?? DEFAULT_STREAM.maxStreamsPerTenant,
    },
    logger,
    now,
    recordingFetchers: createRecordingFetchers(),
    config,
    ingest: (event) => ingest(runtime, event),
  };
  return runtime;
}

/**
 * Creates the bridge from its configuration. Stores default to their in-memory implementations
 * (one process; pass Postgres / Redis ones to scale out), `basePath` to `/api/v1`, `maxBodyBytes`
 * to 1 MiB and `locale` to 'en'. Throws a `configuration_error` that says what to fix.
 *
 * Call `start()` once to run background work (recording download, AI) and provider schedules;
 * `handle` and `ingest` work before it, their jobs wait in the queue.
 */
export function createCallBridge(config: CallBridgeConfig): CallBridge {
  const providers = validateCallBridgeConfig(config);
  const runtime = buildRuntime(config, providers);
  const serve = createServe(runtime);
  let started: Promise<void> | null = null;
  let closed: Promise<void> | null = null;
  let jobsRegistered = false;
  const setUp = new Set<CallbridgeProvider>();

  /** Registers the jobs once and sets up each provider once; after a failure, start() resumes here. */
  async function startOnce(): Promise<void> {
    if (config.background !== false && !jobsRegistered) {
      registerBackgroundJobs(runtime);
      jobsRegistered = true;
    }
    for (const provider of providers.values()) {
      if (setUp.has(provider)) continue;
      await provider.setup?.(runtime);
      setUp.add(provider);
    }
  }

  async function closeOnce(): Promise<void> {
    const failures: unknown[] = [];
    const attempt = async (run: () => Promise<void> | void) => {
      try {
        await run();
      } catch (error) {
        failures.push(error);
      }
    };
    // Open SSE streams end first: their heartbeats would keep the process alive, and their
    // connections a server's close() waiting.
    endOpenStreams(runtime);
    for (const provider of providers.values()) await attempt(() => provider.close?.());
    // Webhooks being stored finish first (their announcements, jobs and dedupe commits need the
    // ports), so the caller can close its stores once close() resolves; new ones are refused (503).
    const claimTtl = config.dedupe?.claimTtlMs ?? DEFAULT_CLAIM_TTL_MS;
    if (!(await drainIngests(runtime, claimTtl))) {
      runtime.logger.warn('callbridge: close() stopped waiting for running ingests; their claims expire', {
        waitedMs: claimTtl,
      });
    }
    await attempt(() => runtime.jobs.close());
    await attempt(() => runtime.broadcaster.close?.());
    if (failures.length > 0) {
      throw new CallbridgeError(
        'internal_error',
        `${failures.length} part(s) of the bridge failed to close.`,
        {
          cause: failures[0],
          hint: 'See the cause; the other parts were closed.',
        },
      );
    }
  }

  return {
    handle: createHttpHandler(runtime, serve),
    serve,
    ingest: (event) => ingest(runtime, event),
    async createStreamToken(principal) {
      const { tokenSecret, tokenTtlSeconds, tokenAudience } = runtime.stream;
      if (!tokenSecret) {
        throw configError(
          'No `stream.tokenSecret` is set, so the bridge can neither mint nor accept stream tokens.',
          'Pass `stream: { tokenSecret }` (at least 32 characters, from your secrets) to createCallBridge.',
        );
      }
      return createStreamToken(tokenSecret, principal, tokenTtlSeconds, {
        audience: tokenAudience,
        now: runtime.now,
      });
    },
    start() {
      if (closed) {
        return Promise.reject(
          configError('The bridge is closed.', 'Create a new bridge with createCallBridge() to start again.'),
        );
      }
      // A failed start (a provider's setup could not reach its API) can be retried: the next
      // call sets up the providers that are not set up yet.
      started ??= startOnce().catch((error: unknown) => {
        started = null;
        throw error;
      });
      return started;
    },
    close() {
      closed ??= closeOnce();
      return closed;
    },
    runtime,
  };
}
