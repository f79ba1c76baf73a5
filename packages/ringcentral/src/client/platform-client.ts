import {
  CallbridgeError,
  DEFAULT_MAX_RESPONSE_BYTES,
  type Logger,
  readResponseLimited,
  silentLogger,
  untilAborted,
} from '@callbridge/core';
import { SDK } from '@ringcentral/sdk';
import { isRingCentralHost } from '../recordings/fetcher.js';
import { boundedFetch } from './bounded-fetch.js';
import { type Clock, systemClock } from './clock.js';
import { retryAfterMs, toCallbridgeError } from './errors.js';
import { MemoryTokenStorage } from './memory-storage.js';
import { type RateGroup, RatePacer } from './pacer.js';
import {
  type PlatformRequest,
  RINGCENTRAL_SERVER,
  type RingCentralClientOptions,
} from './platform-options.js';
import { rateLimitPause } from './rate-headers.js';

type Platform = ReturnType<SDK['platform']>;
interface SdkError extends Error {
  response?: Response | null;
}

const DEFAULT_LIMITS: Record<RateGroup, number> = { heavy: 10, medium: 40, light: 50, auth: 5 };

/**
 * A RingCentral platform client over `@ringcentral/sdk`: JWT login, a fresh JWT login when the
 * refresh token expired or a refresh failed (the SDK does not do that), per-group pacing, our own
 * retry on 429 (Retry-After, 60 s default) and 5xx, and `errors[].errorCode` parsed into
 * {@link CallbridgeError}.
 */
export class RingCentralClient {
  /** The underlying SDK platform, for calls this client does not wrap. */
  readonly platform: Platform;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly pacers: Record<RateGroup, RatePacer>;
  private readonly maxRetries: number;
  private readonly defaultRetryAfterMs: number;
  private readonly backoffMs: number;
  private readonly maxResponseBytes: number;
  private loginPromise: Promise<void> | null = null;
  private refreshFailures = 0;

  constructor(private readonly options: RingCentralClientOptions) {
    for (const key of ['clientId', 'clientSecret', 'jwt'] as const) {
      if (!options[key]) {
        throw new CallbridgeError('configuration_error', `RingCentral ${key} is missing.`, {
          hint: 'Pass clientId, clientSecret and jwt of a RingCentral app that uses the JWT auth flow.',
        });
      }
    }
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.maxRetries = options.maxRetries ?? 5;
    this.defaultRetryAfterMs = options.defaultRetryAfterMs ?? 60_000;
    this.backoffMs = options.backoffMs ?? 1_000;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const limits = { ...DEFAULT_LIMITS, ...options.rateLimits };
    this.pacers = {
      heavy: new RatePacer(limits.heavy, this.clock),
      medium: new RatePacer(limits.medium, this.clock),
      light: new RatePacer(limits.light, this.clock),
      auth: new RatePacer(limits.auth, this.clock),
    };
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const sdk = new SDK({
      server: options.server ?? RINGCENTRAL_SERVER,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      appName: 'callbridge',
      fetch: boundedFetch(fetchImpl as typeof fetch, this.maxResponseBytes),
      Request: globalThis.Request,
      Response: globalThis.Response,
      Headers: globalThis.Headers,
      localStorage: new MemoryTokenStorage() as unknown as Storage,
    });
    this.platform = sdk.platform();
    this.platform.on(this.platform.events.refreshError, () => {
      this.refreshFailures += 1;
      this.logger.warn('ringcentral: token refresh failed; logging in again with the JWT');
    });
  }

  /** Logs in with the JWT (coalesced: concurrent callers share one login). */
  login(): Promise<void> {
    if (!this.loginPromise) {
      this.loginPromise = (async () => {
        try {
          await this.pacers.auth.acquire();
          await this.platform.login({ jwt: this.options.jwt });
          this.logger.info('ringcentral: logged in with the JWT');
        } catch (error) {
          throw await this.wrap('JWT login', error);
        } finally {
          this.loginPromise = null;
        }
      })();
    }
    return this.loginPromise;
  }

  /** The extension id the JWT user logged in as (the `ownerId` of its subscriptions), or null. */
  async ownerId(): Promise<string | null> {
    const data = await this.platform.auth().data();
    return data.owner_id ? String(data.owner_id) : null;
  }

  /**
   * Sends one call; returns the successful Response (its body unread) or throws CallbridgeError.
   * A URL other than a path (`/restapi/...`), such as a navigation link or a media `contentUri`
   * from an answer, must be on RingCentral's hosts or the configured `server`: the access token is
   * never sent elsewhere.
   */
  async send(request: PlatformRequest): Promise<Response> {
    const url = this.ownUrl(request);
    const retryServerErrors = request.retryServerErrors ?? request.method === 'GET';
    const { signal } = request;
    let relogged = false;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      await untilAborted(this.ensureSession(), signal);
      await this.pacers[request.group].acquire(signal);
      const failuresBefore = this.refreshFailures;
      try {
        // The SDK builds a web Request from these options, so `signal` reaches the fetch, its
        // resend after a 401 included. The SDK's token refresh before that resend does not take
        // it (it is shared with the other calls): the wait for it ends on the abort all the same.
        const response = await untilAborted(
          this.platform.send({
            method: request.method,
            url,
            query: request.query,
            body: request.body,
            ...(signal ? { signal } : {}),
            ...(request.redirect ? { redirect: request.redirect } : {}),
          } as Parameters<Platform['send']>[0]),
          signal,
        );
        this.honourRateHeaders(response, request.group);
        return response;
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const response = (error as SdkError).response ?? null;
        if (this.refreshFailures > failuresBefore && !relogged) {
          relogged = true;
          await untilAborted(this.login(), signal);
          attempt -= 1;
          continue;
        }
        if (!response) throw await this.wrap(request.what, error);
        const status = response.status;
        // The SDK counts any answer but a 2xx as a failure; a redirect asked not to be followed
        // is the answer itself.
        if (request.redirect === 'manual' && status >= 300 && status < 400) return response;
        // a 429's Retry-After says the wait itself
        if (status !== 429) this.honourRateHeaders(response, request.group);
        if (status === 429 && attempt < this.maxRetries) {
          const waitMs = retryAfterMs(response) ?? this.defaultRetryAfterMs;
          this.pacers[request.group].penalize(waitMs);
          this.logger.warn('ringcentral: rate limited', { group: request.group, waitMs, attempt });
          continue;
        }
        if (status >= 500 && retryServerErrors && attempt < this.maxRetries) {
          const waitMs = retryAfterMs(response) ?? this.backoffMs * 2 ** attempt;
          this.logger.warn('ringcentral: server error, retrying', { status, waitMs, attempt });
          await untilAborted(this.clock.sleep(waitMs), signal);
          continue;
        }
        throw await this.wrap(request.what, error);
      }
    }
  }

  /**
   * `X-Rate-Limit-Remaining: 0` pauses the group for `X-Rate-Limit-Window`: RingCentral counts
   * per app and user across every instance, while the pacers count this process only.
   */
  private honourRateHeaders(response: Response, group: RateGroup): void {
    const pause = rateLimitPause(response.headers, group);
    if (!pause) return;
    this.pacers[pause.group].penalize(pause.waitMs);
    this.logger.info('ringcentral: rate limit used up; pausing the group', { ...pause });
  }

  /** Sends a call and parses its JSON body. */
  async json<T = unknown>(request: PlatformRequest): Promise<T> {
    const response = await this.send(request);
    const bytes = await readResponseLimited(response, this.maxResponseBytes, `RingCentral ${request.what}`);
    const text = new TextDecoder().decode(bytes);
    return (text ? JSON.parse(text) : null) as T;
  }

  /**
   * The URL to hand the SDK: a path (`/restapi/...`) as it is, anything else only once
   * `isRingCentralHost` passed it, then written out as parsed. The SDK prefixes the server to every
   * URL that does not start with a lowercase `http://` or `https://`, so an absolute URL spelled
   * otherwise (`HTTPS://media.ringcentral.com/...`, `https:/media.ringcentral.com/...`) would go out
   * as `https://platform.ringcentral.comhttps//media...`, and a path without its leading slash
   * (`.example.com/x`) as `https://platform.ringcentral.com.example.com/x`: with the token, to a
   * host never checked.
   */
  private ownUrl(request: PlatformRequest): string {
    if (request.url.startsWith('/')) return request.url;
    if (isRingCentralHost(request.url, this.options.server ?? RINGCENTRAL_SERVER)) {
      return new URL(request.url).href;
    }
    let host = 'an invalid URL';
    try {
      host = new URL(request.url).host;
    } catch {
      // keep the placeholder
    }
    throw new CallbridgeError(
      'upstream_error',
      `RingCentral ${request.what}: refusing to send the access token to ${host}, not a RingCentral host.`,
      {
        hint: 'Absolute URLs (navigation links, media contentUri) must be on https://*.ringcentral.com or on the configured `server`.',
        details: { provider: 'ringcentral', host },
      },
    );
  }

  /** Makes sure a usable access token exists: refresh when possible, else a JWT login. */
  private async ensureSession(): Promise<void> {
    if (this.loginPromise) await this.loginPromise;
    const auth = this.platform.auth();
    if (await auth.accessTokenValid()) return;
    if (await auth.refreshTokenValid()) {
      try {
        await this.platform.refresh();
        return;
      } catch {
        // refreshError was emitted and logged; fall through to a JWT login
      }
    }
    await this.login();
  }

  private async wrap(what: string, error: unknown): Promise<CallbridgeError> {
    if (error instanceof CallbridgeError) return error;
    const response = (error as SdkError)?.response;
    if (!response) {
      return new CallbridgeError('upstream_error', `RingCentral ${what} failed: ${String(error)}.`, {
        cause: withoutExchange(error),
        hint: 'Check network access to the RingCentral platform.',
        details: { provider: 'ringcentral' },
      });
    }
    let text = '';
    try {
      text = await response.clone().text();
    } catch {
      text = '';
    }
    const waitMs = response.status === 429 ? (retryAfterMs(response) ?? this.defaultRetryAfterMs) : undefined;
    return toCallbridgeError(what, response.status, text, {
      cause: withoutExchange(error),
      ...(waitMs !== undefined ? { retryAfterMs: waitMs } : {}),
    });
  }
}

/**
 * The SDK's error without the request and response it carries: the request holds the
 * `Authorization` header (Basic client id and secret on the token endpoint, the bearer access
 * token elsewhere) and the token request's body with the JWT credential. Error reporters and
 * loggers print a cause's own properties, so only its name, message, stack and own cause are kept.
 */
function withoutExchange(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { cause } = error as Error & { cause?: unknown };
  const copy = new Error(error.message, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = error.stack;
  return copy;
}
