import type { CountryCode } from 'libphonenumber-js';
import type { ResolveHost } from './background/recording-url.js';
import type { AiPorts } from './ports/ai.js';
import type { BlobStore } from './ports/blobs.js';
import type { CheckpointStore } from './ports/checkpoints.js';
import type { DedupeStore } from './ports/dedupe.js';
import type { CaseResolver, ContactDirectory } from './ports/directory.js';
import type { Broadcaster, EventLog } from './ports/events.js';
import type { InteractionStore } from './ports/interactions.js';
import type { JobQueue } from './ports/jobs.js';
import type { Logger } from './ports/logger.js';
import type { Authenticate, TenantDirectory } from './ports/tenancy.js';
import type { CallbridgeProvider } from './provider.js';

export interface StoresConfig {
  interactions?: InteractionStore;
  dedupe?: DedupeStore;
  eventLog?: EventLog;
  broadcaster?: Broadcaster;
  jobs?: JobQueue;
  blobs?: BlobStore;
  checkpoints?: CheckpointStore;
}

/** Configuration of `createCallBridge`. Every store defaults to its in-memory implementation. */
export interface CallBridgeConfig {
  providers: CallbridgeProvider[];
  tenants: TenantDirectory;
  /** Turns an API or stream request into `{ tenantId, userId }`, or null (401). */
  authenticate: Authenticate;
  contacts: ContactDirectory;
  cases?: CaseResolver;
  stores?: StoresConfig;
  ai?: AiPorts;
  /** Base path of every route. Default `/api/v1`. */
  basePath?: string;
  /** Region for national numbers (e.g. 'BE' for "0470 12 34 56"). Default none: such numbers become null. */
  defaultRegion?: CountryCode;
  /** Locale of stored titles and bodies: 'en' (default) or 'fr'. */
  locale?: string;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  dedupe?: {
    /** How long a claim lives if the process dies mid-ingest. Default 30 s. */
    claimTtlMs?: number;
    /** How long a stored delivery is remembered as a duplicate. Default 7 days. */
    commitTtlMs?: number;
  };
  stream?: {
    /**
     * Named `heartbeat` event interval. Default 15 000 ms. Also the longest a stream waits for the
     * event log to fill a gap between live event ids; then it ends, and the client resumes.
     */
    heartbeatMs?: number;
    /** Base `retry:` hint; jitter is added. Default 2 000 ms. */
    retryMs?: number;
    /**
     * HMAC key for short-lived `?token=` stream tokens (plain EventSource clients).
     * Without it, only `authenticate` is accepted.
     */
    tokenSecret?: string;
    /** Lifetime of the tokens `bridge.createStreamToken` mints. Default 300 s. */
    tokenTtlSeconds?: number;
    /**
     * The audience (`aud`) stream tokens are bound to: the bridge mints its tokens with it and
     * refuses (401) a token minted for another. Default `callbridge:<basePath>`
     * (`streamTokenAudience(basePath)`, e.g. `callbridge:/api/v1`). Give each bridge that shares
     * a `tokenSecret` with another its own value (e.g. `crm-eu-production`), and every instance
     * of one deployment the same.
     */
    tokenAudience?: string;
    /**
     * Most streams one tenant may have open at once on this bridge instance (with N instances a
     * tenant may open up to N times as many). Over it a stream is refused with 429
     * `too_many_streams` and `Retry-After`. Default 1000 (`DEFAULT_STREAM.maxStreamsPerTenant`);
     * `Infinity` for no limit.
     */
    maxStreamsPerTenant?: number;
  };
  /** Run recording download and AI work in the background. Default true. */
  background?: boolean;
  recordings?: {
    /**
     * Download recordings from this machine and private networks too (localhost, 10/8, 192.168/16,
     * 169.254/16, fc00::/7, `*.internal`...). Default false: such URLs, and redirects to them,
     * fail at once, so a webhook cannot make the server fetch internal services. A list allows
     * only the host names and IP addresses it names (`['recordings.corp.internal', '10.0.0.5']`,
     * every port of each; no port or wildcard in an entry): a listed name is trusted whatever it
     * resolves to, a listed address whatever public name resolves to it (with `resolveHost`); a
     * name private by itself (`localhost`, `*.internal`, `*.local`) is listed by name. `true`
     * allows every private host, for a local demo.
     */
    allowPrivateHosts?: boolean | readonly string[];
    /**
     * Resolves a recording URL's host name before each download and redirect, and refuses the
     * download when any address is on this machine or a private network, so a public-looking
     * name pointing at 127.0.0.1 or 169.254.169.254 is not fetched either. Core does no DNS of
     * its own: on Node pass `resolveHostWithDns` from `@callbridge/core/node`. A lookup that fails
     * is retried like a failed download. Not used when `allowPrivateHosts` is `true`. The check runs
     * before the fetch, which resolves the name again: a name whose answer changes in between
     * (DNS rebinding) is not caught, so keep an egress firewall for internal services.
     */
    resolveHost?: ResolveHost;
    /**
     * Largest recording downloaded, in bytes. Default 512 MiB (`DEFAULT_MAX_RECORDING_BYTES`),
     * hours of call audio. A download that announces or streams more fails at once (its partial
     * blob is not kept), so a broken or hostile host cannot fill the blob store.
     */
    maxBytes?: number;
    /**
     * How long after a call ended, with no recording, voicemail or transcript yet, its AI
     * statuses are served 'pending' (the calls API and the stream); past it they are served
     * 'skipped', and 'pending' again if a recording comes later. The store keeps 'pending'.
     * Default 6 hours (`DEFAULT_RECORDING_GRACE_MS`): providers send a recording minutes after
     * the hangup, a reconciliation of the call log within hours. Raise it when recordings come
     * later (a provider's batch export), `Infinity` to serve them 'pending' until one comes.
     */
    graceMs?: number;
  };
  logger?: Logger;
  /** Injectable clock (ms since epoch), for tests. */
  now?: () => number;
}
