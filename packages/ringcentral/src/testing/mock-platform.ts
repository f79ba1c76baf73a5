import { FIXTURE_ACCOUNT_ID, FIXTURE_OWNER_ID } from './fixtures.js';

/** Options of {@link createRingCentralMock}. */
export interface RingCentralMockOptions {
  /** Platform URL the handlers answer on. Default `https://platform.ringcentral.com`. */
  server?: string;
  /** Media URL of recording content. Default `https://media.ringcentral.com`. */
  mediaServer?: string;
  /** Access-token lifetime in seconds. Default 3600. */
  accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime in seconds. Default 604800. */
  refreshTokenTtlSeconds?: number;
  /** Company call-log records the call-log endpoint filters by `dateFrom`/`dateTo` (startTime). */
  callLog?: Record<string, unknown>[];
  /** Page size the server uses, whatever `perPage` asks (to exercise paging). */
  callLogPageSize?: number;
  /** Recording content by recording id. */
  recordings?: Record<string, { body: Uint8Array; contentType?: string }>;
  /** Clock of subscription expiry times. Default `Date.now`. */
  now?: () => number;
}

/** A token request the mock served. */
export interface TokenRequestLog {
  grantType: string;
  status: number;
}

/** What the mock platform holds and what it saw; tests read and change it freely. */
export class RingCentralMockState {
  readonly server: string;
  readonly mediaServer: string;
  readonly accountId = FIXTURE_ACCOUNT_ID;
  readonly ownerId = FIXTURE_OWNER_ID;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  callLog: Record<string, unknown>[];
  callLogPageSize: number | null;
  readonly recordings: Map<string, { body: Uint8Array; contentType?: string }>;
  readonly subscriptions = new Map<string, Record<string, unknown>>();
  readonly tokenRequests: TokenRequestLog[] = [];
  readonly callLogRequests: URL[] = [];
  readonly recordingRequests: string[] = [];
  /** Every subscription request as `METHOD path`. */
  readonly subscriptionRequests: string[] = [];
  readonly validAccessTokens = new Set<string>();
  readonly validRefreshTokens = new Set<string>();
  now: () => number;
  private counter = 0;

  constructor(options: RingCentralMockOptions = {}) {
    this.server = options.server ?? 'https://platform.ringcentral.com';
    this.mediaServer = options.mediaServer ?? 'https://media.ringcentral.com';
    this.accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 3600;
    this.refreshTokenTtlSeconds = options.refreshTokenTtlSeconds ?? 604800;
    this.callLog = options.callLog ?? [];
    this.callLogPageSize = options.callLogPageSize ?? null;
    this.recordings = new Map(Object.entries(options.recordings ?? {}));
    this.now = options.now ?? (() => Date.now());
  }

  /** Issues a token pair, as the token endpoint answers. */
  issueTokens(): Record<string, unknown> {
    this.counter += 1;
    const access = `access-${this.counter}`;
    const refresh = `refresh-${this.counter}`;
    this.validAccessTokens.add(access);
    this.validRefreshTokens.add(refresh);
    return {
      access_token: access,
      token_type: 'bearer',
      expires_in: this.accessTokenTtlSeconds,
      refresh_token: refresh,
      refresh_token_expires_in: this.refreshTokenTtlSeconds,
      scope: 'ReadCallLog ReadCallRecording SubscriptionWebhook RingSense',
      owner_id: this.ownerId,
      endpoint_id: 'endpoint-1',
    };
  }

  /** Revokes every token (as if they all expired server-side). */
  revokeAllTokens(): void {
    this.validAccessTokens.clear();
    this.validRefreshTokens.clear();
  }

  /** True when the request carries a live access token (`bearer`, any case). */
  authorized(request: Request): boolean {
    const header = request.headers.get('authorization') ?? '';
    const match = /^bearer\s+(.+)$/i.exec(header);
    return match?.[1] !== undefined && this.validAccessTokens.has(match[1]);
  }

  /** Marks a stored subscription Blacklisted, as RingCentral does after failed deliveries. */
  blacklist(id: string): void {
    const sub = this.subscriptions.get(id);
    if (!sub) throw new Error(`no subscription ${id}`);
    sub.status = 'Blacklisted';
    sub.blacklistedData = {
      reason: 'Webhook responses with code: [503], reason: [Service Unavailable]',
      blacklistedAt: new Date(this.now()).toISOString(),
    };
  }

  /** Creates a subscription from a create request body. */
  createSubscription(body: Record<string, unknown>): Record<string, unknown> {
    this.counter += 1;
    const id = `sub-${this.counter}`;
    const delivery = (body.deliveryMode ?? {}) as Record<string, unknown>;
    const expiresIn = typeof body.expiresIn === 'number' ? body.expiresIn : 604800;
    const sub: Record<string, unknown> = {
      uri: `${this.server}/restapi/v1.0/subscription/${id}`,
      id,
      creationTime: new Date(this.now()).toISOString(),
      status: 'Active',
      eventFilters: ((body.eventFilters ?? []) as string[]).map((f) =>
        f.startsWith('/restapi/v1.0/subscription/') ? f : f.replace('/~/', `/${this.accountId}/`),
      ),
      expirationTime: new Date(this.now() + expiresIn * 1000).toISOString(),
      expiresIn,
      deliveryMode: { transportType: 'WebHook', encryption: false, address: delivery.address },
    };
    this.subscriptions.set(id, sub);
    return sub;
  }

  /** Renews: a new expiration time from the subscription's own `expiresIn`. */
  renewSubscription(id: string): Record<string, unknown> | null {
    const sub = this.subscriptions.get(id);
    if (!sub) return null;
    sub.expirationTime = new Date(this.now() + Number(sub.expiresIn) * 1000).toISOString();
    return sub;
  }

  /** Updates filters and lifetime (PUT); the address cannot change, as on RingCentral. */
  updateSubscription(id: string, body: Record<string, unknown>): Record<string, unknown> | null {
    const sub = this.subscriptions.get(id);
    if (!sub) return null;
    if (Array.isArray(body.eventFilters)) {
      sub.eventFilters = (body.eventFilters as string[]).map((f) =>
        f.startsWith('/restapi/v1.0/subscription/') ? f : f.replace('/~/', `/${this.accountId}/`),
      );
    }
    if (typeof body.expiresIn === 'number') sub.expiresIn = body.expiresIn;
    return this.renewSubscription(id);
  }

  /**
   * One page of the call log for a request URL (filters on startTime, pages by page size). As on
   * RingCentral, `legs` and `lastModifiedTime` are only in the Detailed view (`view=Detailed`).
   */
  callLogPage(url: URL): Record<string, unknown> {
    const from = Date.parse(url.searchParams.get('dateFrom') ?? '1970-01-01T00:00:00Z');
    const toParam = url.searchParams.get('dateTo');
    const to = toParam ? Date.parse(toParam) : Number.POSITIVE_INFINITY;
    const perPage = this.callLogPageSize ?? Number(url.searchParams.get('perPage') ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const matching = this.callLog
      .filter((r) => {
        const t = Date.parse(String(r.startTime));
        return t >= from && t < to;
      })
      .sort((a, b) => Date.parse(String(b.startTime)) - Date.parse(String(a.startTime)));
    const detailed = url.searchParams.get('view') === 'Detailed';
    const records = matching
      .slice((page - 1) * perPage, page * perPage)
      .map((r) => (detailed ? r : simpleView(r)));
    const pageUrl = (n: number) => {
      const u = new URL(url);
      u.searchParams.set('page', String(n));
      return { uri: u.toString() };
    };
    const hasNext = page * perPage < matching.length;
    return {
      uri: url.toString(),
      records,
      paging: {
        page,
        perPage,
        pageStart: (page - 1) * perPage,
        pageEnd: (page - 1) * perPage + records.length - 1,
      },
      navigation: { firstPage: pageUrl(1), ...(hasNext ? { nextPage: pageUrl(page + 1) } : {}) },
    };
  }
}

/** A record as the Simple view lists it: without the Detailed view's legs and modification time. */
function simpleView(record: Record<string, unknown>): Record<string, unknown> {
  const { legs: _legs, lastModifiedTime: _modified, ...simple } = record;
  return simple;
}
