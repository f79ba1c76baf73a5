import { readBodyLimited } from './body.js';
import { type EventStreamAnswer, isEventStream } from './event-stream.js';

/** Reads one request header, case-insensitively; null when absent (like `Headers#get`). */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * One HTTP request as the bridge serves it: what the routes read, without requiring a web
 * `Request`. `bridge.handle(request)` wraps a `Request` in one; server adapters (`@callbridge/express`)
 * build one straight from their native request and skip constructing web objects on the webhook
 * path. Everything else (the integrator's `authenticate`, the stream) gets `toRequest()`.
 */
export interface BridgeRequest {
  /** Upper-case method. */
  readonly method: string;
  /** The absolute URL. */
  readonly url: string;
  readonly headers: HeaderReader;
  /** Aborts when the client goes away. */
  readonly signal: AbortSignal;
  /**
   * The raw body, never holding more than `limit` bytes: throws `payload_too_large` (413) past it and
   * `raw_body_unavailable` when something else consumed the body first. Call it once.
   */
  readBody(limit: number): Promise<Uint8Array>;
  /** The same request as a web `Request` (built on first call, then the same object). */
  toRequest(): Request;
  /**
   * Set by an adapter that writes event streams itself: the SSE route then answers an
   * {@link EventStreamAnswer} (to `pipe` into the server's response) instead of a web `Response`.
   */
  readonly writesEventStreams?: boolean;
}

/**
 * A small answer the bridge built itself (JSON, problem+json), written by adapters without a web
 * `Response`; `bridge.handle` turns it into one.
 */
export interface BridgeReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The whole body as text (UTF-8 on the wire), or null for none. */
  readonly body: string | null;
}

/** What `bridge.serve` answers: a {@link BridgeReply}, or a web `Response` (streams, provider answers). */
export type BridgeAnswer = BridgeReply | Response;

/** A {@link BridgeRequest} from an adapter that writes event streams itself. */
export type StreamingBridgeRequest = BridgeRequest & { readonly writesEventStreams: true };

/** What `bridge.serve` answers a {@link StreamingBridgeRequest}: the stream route gives an {@link EventStreamAnswer}. */
export type StreamingBridgeAnswer = BridgeAnswer | EventStreamAnswer;

/** `bridge.serve`: an {@link EventStreamAnswer} only for a request that asked for one. */
export interface ServeFunction {
  (request: StreamingBridgeRequest): Promise<StreamingBridgeAnswer>;
  (request: BridgeRequest): Promise<BridgeAnswer>;
}

/** True when the answer is a web `Response` rather than a {@link BridgeReply}. */
export function isWebResponse(answer: StreamingBridgeAnswer): answer is Response {
  return answer instanceof Response;
}

/** The web `Response` of an answer. */
export function toWebResponse(answer: StreamingBridgeAnswer): Response {
  if (isWebResponse(answer)) return answer;
  if (isEventStream(answer)) return answer.toResponse();
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * Keeps each web Request alive as long as its signal: a Request's signal follows the caller's
 * abort only while the Request exists (undici links them weakly), and a long response (SSE)
 * keeps just the signal.
 */
const signalOwners = new WeakMap<AbortSignal, Request>();

/** A web `Request` as a {@link BridgeRequest}. */
export function fromWebRequest(request: Request): BridgeRequest {
  const signal = request.signal;
  signalOwners.set(signal, request);
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    headers: request.headers,
    signal,
    readBody: (limit) => readBodyLimited(request, limit),
    toRequest: () => request,
  };
}
