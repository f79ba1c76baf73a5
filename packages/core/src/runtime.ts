import type { CallBridgeConfig } from './config.js';
import type { ProviderName } from './model/call-event.js';
import type { DedupeStore } from './ports/dedupe.js';
import type { CaseResolver, ContactDirectory } from './ports/directory.js';
import type { Authenticate } from './ports/tenancy.js';
import type { CallbridgeProvider, ProviderRuntime } from './provider.js';

/**
 * The resolved bridge: every store filled in, every default applied. Built by
 * `createCallBridge`, consumed by the HTTP handler (`createHttpHandler`) and by providers.
 */
export interface BridgeRuntime extends ProviderRuntime {
  providers: ReadonlyMap<ProviderName, CallbridgeProvider>;
  contacts: ContactDirectory;
  cases: CaseResolver | null;
  dedupe: DedupeStore;
  authenticate: Authenticate;
  basePath: string;
  maxBodyBytes: number;
  locale: string;
  stream: {
    heartbeatMs: number;
    retryMs: number;
    tokenSecret: string | null;
    tokenTtlSeconds: number;
    /** The `aud` stream tokens are minted with and must carry (`stream.tokenAudience`). */
    tokenAudience: string;
    /** Streams one tenant may have open on this bridge at once; `Infinity` for no limit. */
    maxStreamsPerTenant: number;
  };
  config: CallBridgeConfig;
}
