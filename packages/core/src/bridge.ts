import { isSupportedCountry } from 'libphonenumber-js';
import { aiStepTimeoutMs } from './background/ai.js';
import { createRecordingFetchers } from './background/fetchers.js';
import { registerBackgroundJobs } from './background/register.js';
import type { CallBridgeConfig } from './config.js';
import { CallbridgeError } from './errors.js';
import {
  type BridgeAnswer,
  type BridgeRequest,
  createHttpHandler,
  createServe,
  normalizeBasePath,
} from './http/index.js';
import { ingest } from './ingest/ingest.js';
import { createMemoryStores } from './memory/stores.js';
import type { CallEventInput, ProviderName } from './model/call-event.js';
import { silentLogger } from './ports/logger.js';
import type { CallbridgeProvider, IngestResult } from './provider.js';
import type { BridgeRuntime } from './runtime.js';

/** Default base path of every route. */
export const DEFAULT_BASE_PATH = '/api/v1';
/** Default largest webhook body: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Default stream settings (see `CallBridgeConfig.stream`). */
export const DEFAULT_STREAM = { heartbeatMs: 15_000, retryMs: 2_000, tokenTtlSeconds: 300 } as const;

/** A running bridge: the HTTP entry adapters call, the ingest pipeline, and its lifecycle. */
export interface CallBridge {
  /** Serves the whole HTTP contract (webhooks, SSE stream, calls API). Never throws. */
  handle(request: Request): Promise<Response>;
  /**
   * The same as `handle` for server adapters that do not start from a web `Request`
   * (`@callbridge/express` builds a {@link BridgeRequest} from Node's request and writes a
   * {@link BridgeReply} without a web `Response`). Never throws.
   */
  serve(request: BridgeRequest): Promise<BridgeAnswer>;
  /** Ingests one call event (for polls, imports, tests): the same pipeline webhooks go through. */
  ingest(event: CallEventInput): Promise<IngestResult>;
  /** Registers the background job processors and runs each provider's `setup`. Idempotent; after a rejection, call it again: it sets up the providers that are not set up yet. */
  start(): Promise<void>;
  /** Closes the providers, then the job queue (waiting for running jobs), then the broadcaster. */
  close(): Promise<void>;
  /** The resolved configuration and stores, shared with the HTTP handler and providers. */
  readonly runtime: BridgeRuntime;
}

function configError(message: string, hint: string): CallbridgeError {
  return new CallbridgeError('configuration_error', message, { hint });
}

const LOGGER_METHODS = ['debug', 'info', 'warn', 'error'] as const;

/** A logger must have all four methods: a missing one would fail every ingest after its write. */
function validateLogger(logger: unknown): void {
  if (logger === undefined) return;
  const missing = LOGGER_METHODS.filter(
    (method) => typeof (logger as Record<string, unknown> | null)?.[method] !== 'function',
  );
  if (missing.length > 0) {
    throw configError(
      `\`logger\` has no ${missing.join(', ')}.`,
      'Pass an object with debug, info, warn and error methods (console works), or leave `logger` out.',
    );
  }
}

function positiveInteger(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value <= 0)) {
    throw configError(`\`${name}\` must be a positive integer, got ${String(value)}.`, `Fix \`${name}\`.`);
  }
}

function validateProviders(providers: unknown): Map<ProviderName, CallbridgeProvider> {
  if (!Array.isArray(providers)) {
    throw configError('`providers` must be an array.', 'Pass `providers: [ringover({...})]` (or `[]`).');
  }
  const byName = new Map<ProviderName, CallbridgeProvider>();
  for (const [index, provider] of (providers as CallbridgeProvider[]).entries()) {
    if (!provider || typeof provider.name !== 'string' || typeof provider.receive !== 'function') {
      throw configError(
        `providers[${index}] is not a callbridge provider.`,
        'Each provider needs a `name` and a `receive(context)` method; create it with its package.',
      );
    }
    if (byName.has(provider.name)) {
      throw configError(
        `Two providers are named "${provider.name}".`,
        'Configure each provider once; serve several accounts through tenants instead.',
      );
    }
    byName.set(provider.name, provider);
  }
  return byName;
}

function validateBasePath(basePath: string | undefined): string {
  if (basePath === undefined) return DEFAULT_BASE_PATH;
  if (typeof basePath !== 'string' || (basePath !== '' && !basePath.startsWith('/'))) {
    throw configError(
      `\`basePath\` "${String(basePath)}" must start with "/".`,
      `Use e.g. "${DEFAULT_BASE_PATH}" (or "" to serve at the root).`,
    );
  }
  if (/[?#\s]/.test(basePath)) {
    throw configError(`\`basePath\` "${basePath}" contains "?", "#" or a space.`, 'Use a plain path.');
  }
  return normalizeBasePath(basePath);
}

/** The methods each store and AI port must have, to catch a wrong object at startup. */
const REQUIRED_METHODS: Record<string, Record<string, readonly string[]>> = {
  stores: {
    interactions: ['upsert', 'get', 'getBySource', 'list', 'stats'],
    dedupe: ['claim', 'commit', 'release'],
    eventLog: ['append', 'readAfter', 'lastId'],
    broadcaster: ['publish', 'subscribe'],
    jobs: ['enqueue', 'process', 'failed', 'close'],
    blobs: ['put', 'get', 'head', 'delete'],
    checkpoints: ['get', 'set', 'delete'],
  },
  ai: { transcriber: ['transcribe'], summarizer: ['summarize'], sentiment: ['analyze'], tasks: ['extract'] },
};

function validatePorts(group: 'stores' | 'ai', given: object | undefined): void {
  for (const [name, methods] of Object.entries(REQUIRED_METHODS[group] ?? {})) {
    const port = (given as Record<string, Record<string, unknown> | undefined> | undefined)?.[name];
    if (port === undefined) continue;
    const missing = methods.filter((method) => typeof port?.[method] !== 'function');
    if (missing.length > 0) {
      throw configError(
        `\`${group}.${name}\` has no ${missing.join(', ')}.`,
        `Pass an implementation of the port (or leave \`${group}.${name}\` out${group === 'stores' ? ' for the in-memory one' : ''}).`,
      );
    }
  }
}

/** Checks a configuration; throws a `configuration_error` that says what to fix. */
export function validateCallBridgeConfig(config: CallBridgeConfig): Map<ProviderName, CallbridgeProvider> {
  if (!config || typeof config !== 'object') {
    throw configError('createCallBridge needs a configuration object.', 'Call createCallBridge({ ... }).');
  }
  const providers = validateProviders(config.providers);
  const tenants = config.tenants as Partial<CallBridgeConfig['tenants']> | undefined;
  if (!tenants || typeof tenants.byKey !== 'function' || typeof tenants.byId !== 'function') {
    throw configError(
      '`tenants` is missing or has no byKey/byId.',
      'Pass a TenantDirectory, e.g. `staticTenants([{ id: "t1", key: "k1" }])`.',
    );
  }
  if (typeof config.authenticate !== 'function') {
    throw configError(
      '`authenticate` is missing.',
      'Pass `authenticate(request) => { tenantId, userId } | null`.',
    );
  }
  if (!config.contacts || typeof config.contacts.findByPhone !== 'function') {
    throw configError('`contacts` is missing or has no findByPhone.', 'Pass your ContactDirectory.');
  }
  if (config.cases && typeof config.cases.findActiveCase !== 'function') {
    throw configError('`cases` has no findActiveCase.', 'Pass a CaseResolver, or leave `cases` out.');
  }
  if (config.defaultRegion !== undefined && !isSupportedCountry(config.defaultRegion)) {
    throw configError(
      `\`defaultRegion\` "${String(config.defaultRegion)}" is not a known region.`,
      'Use an ISO 3166-1 alpha-2 code such as "BE", "FR" or "US".',
    );
  }
  if (
    config.locale !== undefined &&
    (typeof config.locale !== 'string' || !/^(en|fr)([-_]|$)/i.test(config.locale))
  ) {
    throw configError(
      `\`locale\` ${JSON.stringify(config.locale)} has no titles: callbridge writes English and French.`,
      'Use "en" or "fr" (a tag such as "fr-BE" works too).',
    );
  }
  validateLogger(config.logger);
  if (config.now !== undefined && typeof config.now !== 'function') {
    throw configError(
      '`now` must be a function returning milliseconds since the epoch.',
      'Pass `now: () => Date.now()` or leave it out.',
    );
  }
  validatePorts('stores', config.stores);
  validatePorts('ai', config.ai);
  aiStepTimeoutMs(config.ai); // throws configuration_error for a bad ai.stepTimeoutMs
  positiveInteger('maxBodyBytes', config.maxBodyBytes);
  positiveInteger('dedupe.claimTtlMs', config.dedupe?.claimTtlMs);
  positiveInteger('dedupe.commitTtlMs', config.dedupe?.commitTtlMs);
  positiveInteger('stream.heartbeatMs', config.stream?.heartbeatMs);
  positiveInteger('stream.retryMs', config.stream?.retryMs);
  positiveInteger('stream.tokenTtlSeconds', config.stream?.tokenTtlSeconds);
  if (config.stream?.tokenSecret !== undefined && typeof config.stream.tokenSecret !== 'string') {
    throw configError(
      '`stream.tokenSecret` must be a string.',
      'Use a random secret of at least 32 characters (e.g. 32 random bytes, base64).',
    );
  }
  if (config.stream?.tokenSecret !== undefined && config.stream.tokenSecret.length < 32) {
    throw configError(
      '`stream.tokenSecret` is shorter than 32 characters.',
      'Use a random secret of at least 32 characters (e.g. 32 random bytes, base64).',
    );
  }
  return providers;
}

/** Builds the runtime: every default applied, every store filled in. */
function buildRuntime(config: CallBridgeConfig, providers: Map<ProviderName, CallbridgeProvider>) {
  const now = config.now ?? Date.now;
  const stores = config.stores ?? {};
  const memory = createMemoryStores({ now });
  const runtime: BridgeRuntime = {
    providers,
    contacts: config.contacts,
    cases: config.cases ?? null,
    dedupe: stores.dedupe ?? memory.dedupe,
    interactions: stores.interactions ?? memory.interactions,
    eventLog: stores.eventLog ?? memory.eventLog,
    broadcaster: stores.broadcaster ?? memory.broadcaster,
    jobs: stores.jobs ?? memory.jobs,
    blobs: stores.blobs ?? memory.blobs,
    checkpoints: stores.checkpoints ?? memory.checkpoints,
    tenants: config.tenants,
    authenticate: config.authenticate,
    basePath: validateBasePath(config.basePath),
    maxBodyBytes: config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    locale: config.locale ?? 'en',
    stream: {
      heartbeatMs: config.stream?.heartbeatMs ?? DEFAULT_STREAM.heartbeatMs,
      retryMs: config.stream?.retryMs ?? DEFAULT_STREAM.retryMs,
      tokenSecret: config.stream?.tokenSecret ?? null,
      tokenTtlSeconds: config.stream?.tokenTtlSeconds ?? DEFAULT_STREAM.tokenTtlSeconds,
    },
    logger: config.logger ?? silentLogger,
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
    for (const provider of providers.values()) await attempt(() => provider.close?.());
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
