import { CallbridgeError } from '../errors.js';
import type { BridgeRuntime } from '../runtime.js';
import { handleCallStats, handleGetCall, handleListCalls } from './calls.js';
import { isEventStream } from './event-stream.js';
import {
  type BridgeAnswer,
  type BridgeRequest,
  fromWebRequest,
  isWebResponse,
  type ServeFunction,
  type StreamingBridgeAnswer,
  toWebResponse,
} from './exchange.js';
import { errorToReply, problemReply } from './problem.js';
import { handleStream } from './stream.js';
import { handleWebhook } from './webhook.js';

/** One HTTP route of the bridge, matched on the path below `basePath`. */
interface Route {
  methods: readonly string[];
  match(segments: readonly string[]): boolean;
  handle(
    runtime: BridgeRuntime,
    request: BridgeRequest,
    url: URL,
    segments: readonly string[],
  ): Promise<StreamingBridgeAnswer>;
}

const ROUTES: Route[] = [
  {
    methods: ['POST'],
    // An optional fourth segment reaches the provider in the URL (Ringover's IVR URL secret).
    match: (s) => s[0] === 'webhooks' && s.length >= 2 && s.length <= 4,
    handle: (runtime, request, url, s) => handleWebhook(runtime, request, url, s[1] ?? '', s[2] ?? null),
  },
  {
    methods: ['GET'],
    match: (s) => s.length === 2 && s[0] === 'events' && s[1] === 'stream',
    handle: (runtime, request, url) => handleStream(runtime, request, url),
  },
  {
    methods: ['GET'],
    match: (s) => s.length === 1 && s[0] === 'calls',
    handle: (runtime, request, url) => handleListCalls(runtime, request.toRequest(), url),
  },
  {
    methods: ['GET'],
    match: (s) => s.length === 2 && s[0] === 'calls' && s[1] === 'stats',
    handle: (runtime, request, url) => handleCallStats(runtime, request.toRequest(), url),
  },
  {
    methods: ['GET'],
    match: (s) => s.length === 2 && s[0] === 'calls' && s[1] !== 'stats',
    handle: (runtime, request, url, s) => handleGetCall(runtime, request.toRequest(), url, s[1] ?? ''),
  },
];

/** Strips a trailing slash; `/` and `` both mean "no prefix". */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** The decoded path segments below `basePath`, or null when the path is outside it. */
export function routeSegments(pathname: string, basePath: string): string[] | null {
  const base = normalizeBasePath(basePath);
  if (base !== '' && pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  const rest = pathname.slice(base.length);
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    if (raw === '') continue;
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return null;
    }
  }
  return segments;
}

function notFound(): CallbridgeError {
  return new CallbridgeError('not_found', 'No callbridge route matches this path.', {
    hint: 'Check the path and the `basePath` of the bridge (default `/api/v1`).',
  });
}

/**
 * The answer to a HEAD request: the GET answer's status and headers, no body. A stream's body is
 * cancelled, which releases its subscription and timers at once (a HEAD must end).
 */
function withoutBody(answer: StreamingBridgeAnswer): BridgeAnswer {
  if (isEventStream(answer)) {
    answer.cancel();
    return { status: answer.status, headers: answer.headers, body: null };
  }
  if (!isWebResponse(answer)) return { ...answer, body: null };
  void answer.body?.cancel().catch(() => undefined);
  return new Response(null, { status: answer.status, headers: answer.headers });
}

/** The request's absolute URL; `malformed_request` (400) when it is not one. */
function parseRequestUrl(url: string): URL {
  try {
    return new URL(url);
  } catch (cause) {
    throw new CallbridgeError('malformed_request', 'The request URL is not a valid absolute URL.', {
      cause,
      hint: 'Check the Host header and the path; adapters build the URL from both.',
    });
  }
}

/**
 * Builds `bridge.serve`: serves the whole HTTP contract (webhooks, the SSE stream, the calls API)
 * under `runtime.basePath` for one {@link BridgeRequest}. Never throws: every failure becomes an
 * `application/problem+json` answer.
 */
export function createServe(runtime: BridgeRuntime): ServeFunction {
  const serve = async (request: BridgeRequest): Promise<StreamingBridgeAnswer> => {
    try {
      const url = parseRequestUrl(request.url);
      const segments = routeSegments(url.pathname, runtime.basePath);
      if (segments === null) return problemReply(notFound());
      const matching = ROUTES.filter((route) => route.match(segments));
      if (matching.length === 0) return problemReply(notFound());
      const method = request.method.toUpperCase();
      const route = matching.find(
        (r) => r.methods.includes(method) || (method === 'HEAD' && r.methods.includes('GET')),
      );
      if (!route) {
        // HEAD is served wherever GET is, so it is allowed there too.
        const methods = matching.flatMap((r) =>
          r.methods.includes('GET') ? [...r.methods, 'HEAD'] : r.methods,
        );
        const allow = [...new Set(methods)].join(', ');
        return problemReply(
          new CallbridgeError('method_not_allowed', `${method} is not allowed on this route.`, {
            hint: `Use one of: ${allow}.`,
          }),
          { allow },
        );
      }
      const answer = await route.handle(runtime, request, url, segments);
      if (method === 'HEAD') return withoutBody(answer);
      // An adapter that does not write event streams itself gets the web Response.
      if (isEventStream(answer) && request.writesEventStreams !== true) return answer.toResponse();
      return answer;
    } catch (error) {
      return errorToReply(error, runtime.logger);
    }
  };
  // A stream answer reaches only a request that set `writesEventStreams` (converted above).
  return serve as ServeFunction;
}

/**
 * Builds `bridge.handle`: a web-standard `(Request) => Promise<Response>` over `serve`
 * ({@link createServe} of the runtime unless given).
 * Never throws: every failure becomes an `application/problem+json` response.
 */
export function createHttpHandler(
  runtime: BridgeRuntime,
  serve: (request: BridgeRequest) => Promise<BridgeAnswer> = createServe(runtime),
): (request: Request) => Promise<Response> {
  return async (request) => toWebResponse(await serve(fromWebRequest(request)));
}
