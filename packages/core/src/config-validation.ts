/** Checks a `createCallBridge` configuration before anything is built: each error says what to fix. */
import { isSupportedCountry } from 'libphonenumber-js';
import { aiStepTimeoutMs } from './background/ai.js';
import { listedHost } from './background/recording-url.js';
import type { CallBridgeConfig } from './config.js';
import { CallbridgeError } from './errors.js';
import { normalizeBasePath } from './http/index.js';
import { MAX_STORE_TTL_MS } from './memory/dedupe-store.js';
import type { ProviderName } from './model/call-event.js';
import type { CallbridgeProvider } from './provider.js';
import { hasMessagesFor } from './render/messages.js';

/** Default base path of every route. */
export const DEFAULT_BASE_PATH = '/api/v1';

/** A `configuration_error` with the hint that says what to pass. */
export function configError(message: string, hint: string): CallbridgeError {
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

/**
 * The longest delay a timer keeps (2^31-1 ms, about 24.8 days): Node and browsers fire a longer
 * one after 1 ms instead, so a duration that drives a timer is refused above it.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The longest `stream.retryMs`: the `retry:` hint adds up to 50% of jitter, and the client's
 * reconnect timer must still keep it (at most {@link MAX_TIMER_MS}).
 */
export const MAX_STREAM_RETRY_MS = Math.floor(MAX_TIMER_MS / 1.5);

/** Refuses a number above `max` (named `maxName` in the message). */
function atMost(name: string, value: number | undefined, max: number, maxName: string): void {
  if (typeof value === 'number' && value > max) {
    throw configError(
      `\`${name}\` must be at most ${max} ms (${maxName}), got ${String(value)}.`,
      `Fix \`${name}\`, or leave it out for the default.`,
    );
  }
}

/** `positiveInteger`, and at most `max`. */
function boundedInteger(name: string, value: number | undefined, max: number, maxName: string): void {
  positiveInteger(name, value);
  atMost(name, value, max, maxName);
}

const TIMER_LIMIT = '2^31-1, the longest timer delay';
const STORE_TTL_LIMIT = '100 years, MAX_STORE_TTL_MS';

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

export function validateBasePath(basePath: string | undefined): string {
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
  if (config.locale !== undefined && (typeof config.locale !== 'string' || !hasMessagesFor(config.locale))) {
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
  // Each AI step is aborted by a timer after it: a longer one would abort every step at once.
  atMost('ai.stepTimeoutMs', config.ai?.stepTimeoutMs, MAX_TIMER_MS, TIMER_LIMIT);
  positiveInteger('maxBodyBytes', config.maxBodyBytes);
  positiveInteger('recordings.maxBytes', config.recordings?.maxBytes);
  const graceMs = config.recordings?.graceMs;
  if (graceMs !== Number.POSITIVE_INFINITY) positiveInteger('recordings.graceMs', graceMs);
  validatePrivateHosts(config.recordings?.allowPrivateHosts);
  if (config.recordings?.resolveHost !== undefined && typeof config.recordings.resolveHost !== 'function') {
    throw configError(
      '`recordings.resolveHost` must be a function `(hostname) => Promise<string[]>`.',
      "On Node pass `resolveHostWithDns` from '@callbridge/core/node', or leave it out.",
    );
  }
  // claimTtlMs is also how long close() waits for running ingests (a timer).
  boundedInteger('dedupe.claimTtlMs', config.dedupe?.claimTtlMs, MAX_TIMER_MS, TIMER_LIMIT);
  boundedInteger('dedupe.commitTtlMs', config.dedupe?.commitTtlMs, MAX_STORE_TTL_MS, STORE_TTL_LIMIT);
  boundedInteger('stream.heartbeatMs', config.stream?.heartbeatMs, MAX_TIMER_MS, TIMER_LIMIT);
  boundedInteger(
    'stream.retryMs',
    config.stream?.retryMs,
    MAX_STREAM_RETRY_MS,
    'the longest timer delay 2^31-1 less the 50% jitter of the retry hint',
  );
  positiveInteger('stream.tokenTtlSeconds', config.stream?.tokenTtlSeconds);
  const maxStreams = config.stream?.maxStreamsPerTenant;
  if (
    maxStreams !== undefined &&
    maxStreams !== Number.POSITIVE_INFINITY &&
    (!Number.isInteger(maxStreams) || maxStreams <= 0)
  ) {
    throw configError(
      `\`stream.maxStreamsPerTenant\` must be a positive integer or Infinity, got ${String(maxStreams)}.`,
      'Use e.g. 1000 (the default), or Infinity for no limit.',
    );
  }
  const audience = config.stream?.tokenAudience;
  if (audience !== undefined && (typeof audience !== 'string' || audience.trim() === '')) {
    throw configError(
      '`stream.tokenAudience` must be a non-empty string.',
      'Use a name of this bridge (e.g. "crm-production"), the same on each of its instances, or leave it out.',
    );
  }
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

/** `recordings.allowPrivateHosts`: true, false, or a list of host names and IP addresses. */
function validatePrivateHosts(value: unknown): void {
  if (value === undefined || typeof value === 'boolean') return;
  if (!Array.isArray(value)) {
    throw configError(
      '`recordings.allowPrivateHosts` must be true, false or a list of host names and IP addresses.',
      "Pass e.g. `allowPrivateHosts: ['recordings.corp.internal', '10.0.0.5']`, or leave it out.",
    );
  }
  value.forEach((host: unknown, i) => {
    if (typeof host !== 'string' || host.trim() === '' || /\s/.test(host)) {
      throw configError(
        `\`recordings.allowPrivateHosts[${i}]\` must be a host name or an IP address.`,
        "Pass e.g. 'recordings.corp.internal' or '10.0.0.5'.",
      );
    }
    if (host.includes('/') || host.includes('@')) {
      const name = URL.canParse(host) ? new URL(host).hostname : null;
      throw configError(
        `\`recordings.allowPrivateHosts[${i}]\` is "${host}", ${name ? `a URL: the list names hosts ('${name}' here)` : 'not a host name'}, without scheme, path or port.`,
        name ? `Pass '${name}' instead.` : "Pass e.g. 'recordings.corp.internal' or '10.0.0.5'.",
      );
    }
    // An entry no URL's host could ever be would leave the download refused with no error here.
    const listed = listedHost(host);
    if ('key' in listed) return;
    const at = `\`recordings.allowPrivateHosts[${i}]\` is "${host}"`;
    if (listed.error === 'port') {
      throw configError(
        `${at}, with a port: the list names hosts and allows every port of each ('${listed.host}' here).`,
        `Pass '${listed.host}' instead.`,
      );
    }
    if (listed.error === 'pattern') {
      throw configError(
        `${at}, a pattern: the list names each host, it matches no wildcard.`,
        "List each host name or address, e.g. 'recordings.corp.internal' or '10.0.0.5'.",
      );
    }
    throw configError(
      `${at}, not a host name or an IP address.`,
      "Pass e.g. 'recordings.corp.internal', '10.0.0.5' or 'fd00::5' (no IPv6 zone).",
    );
  });
}
