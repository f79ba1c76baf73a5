/** Who is asking, once `authenticate` accepted a request. */
export interface Principal {
  tenantId: string;
  userId: string;
}

/** Supplied by the integrator: turns a request (cookie, bearer token, ...) into a principal or null. */
export type Authenticate = (request: Request) => Promise<Principal | null> | Principal | null;

/**
 * A tenant as the webhook routes see it. `key` is the URL segment of its webhook URLs
 * (`/webhooks/ringover/<key>`); `providers` holds per-tenant provider settings (secrets), each
 * provider reading and validating its own entry.
 */
export interface Tenant {
  id: string;
  key: string;
  providers?: Record<string, unknown>;
}

/** Resolves tenants for webhooks: by URL key, or by id (payloads that name their tenant). */
export interface TenantDirectory {
  byKey(key: string): Promise<Tenant | null>;
  byId(id: string): Promise<Tenant | null>;
  /** The tenant of webhooks posted without a key, if the deployment has one. */
  default?(): Promise<Tenant | null>;
}
