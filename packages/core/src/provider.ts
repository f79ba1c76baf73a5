import type { RecordingFetchers } from './background/fetchers.js';
import type { HeaderReader } from './http/exchange.js';
import type { CallEventInput, ProviderName } from './model/call-event.js';
import type { Interaction } from './model/interaction.js';
import type { BlobStore } from './ports/blobs.js';
import type { CheckpointStore } from './ports/checkpoints.js';
import type { DedupeStore } from './ports/dedupe.js';
import type { ContactDirectory } from './ports/directory.js';
import type { Broadcaster, EventLog } from './ports/events.js';
import type { InteractionStore } from './ports/interactions.js';
import type { JobQueue } from './ports/jobs.js';
import type { Logger } from './ports/logger.js';
import type { Tenant, TenantDirectory } from './ports/tenancy.js';

/** Everything a provider needs to answer one webhook request. */
export interface WebhookContext {
  /**
   * The request as a web `Request`. Built on first access when the adapter did not start from one:
   * read `headers` and `method` instead where they are enough.
   */
  readonly request: Request;
  /** Upper-case HTTP method. */
  method: string;
  /** The request headers (case-insensitive `get`). */
  headers: HeaderReader;
  /** The body exactly as received (already held to the size limit). Verify these bytes. */
  body: Uint8Array;
  url: URL;
  /** The `:tenantKey` segment of `/webhooks/<provider>/<tenantKey>`, or null. */
  tenantKey: string | null;
  /** The tenant of `tenantKey` (or the directory's default when no key was given), or null. */
  tenant: Tenant | null;
  tenants: TenantDirectory;
  contacts: ContactDirectory;
  logger: Logger;
  now(): number;
  readonly signal: AbortSignal;
}

/**
 * What a provider made of a webhook:
 * - `events`: verified, parsed and normalized; the bridge ingests them and answers 200.
 * - `response`: a synchronous request the provider answered itself (handshake, caller card).
 * - `ignored`: verified but nothing to store (unknown event); answered 200 so it is not retried.
 * `headers` of `events` and `ignored` are added to the bridge's answer (a header the provider
 * must echo, such as RingCentral's `Validation-Token`); the bridge's own content type and caching
 * headers win. Verification and parse failures are thrown as CallbridgeError.
 */
export type WebhookOutcome =
  | { kind: 'events'; tenant: Tenant; events: CallEventInput[]; headers?: Record<string, string> }
  | { kind: 'response'; response: Response }
  | { kind: 'ignored'; reason: string; headers?: Record<string, string> };

export interface IngestResult {
  status: 'stored' | 'duplicate';
  /** The record after the merge (absent for duplicates). */
  interaction?: Interaction;
  created: boolean;
  changed: boolean;
}

/** What providers get at start: the stores and the ingest pipeline, for polls and jobs. */
export interface ProviderRuntime {
  ingest(event: CallEventInput): Promise<IngestResult>;
  jobs: JobQueue;
  blobs: BlobStore;
  checkpoints: CheckpointStore;
  interactions: InteractionStore;
  eventLog: EventLog;
  broadcaster: Broadcaster;
  tenants: TenantDirectory;
  /**
   * The bridge's dedupe claims. Its `claim` with a TTL also serves providers as a lease shared by
   * every instance (the RingCentral subscription is created under one). Always set by
   * `createCallBridge`; optional so runtimes built by hand stay valid.
   */
  dedupe?: DedupeStore;
  logger: Logger;
  now(): number;
  /**
   * Where a provider registers how to fetch its recordings with credentials
   * (`runtime.recordingFetchers?.register('ringcentral', fetchWithToken)`). Always set by
   * `createCallBridge`.
   */
  recordingFetchers?: RecordingFetchers;
}

/** A telephony provider the bridge routes `/webhooks/<name>` to. */
export interface CallbridgeProvider {
  readonly name: ProviderName;
  receive(context: WebhookContext): Promise<WebhookOutcome>;
  /** Registers background jobs and schedules (pollers, renewals). Called by `bridge.start()`. */
  setup?(runtime: ProviderRuntime): Promise<void> | void;
  close?(): Promise<void>;
}
