import type { IncomingMessage, ServerResponse } from 'node:http';
import { CallbridgeError } from '@callbridge/core';
import { sendContinue } from './continue.js';
import { rememberOrigin } from './node-request-of.js';

/** An IncomingMessage as Express (or another framework) may have left it. */
export type NodeRequest = IncomingMessage & {
  originalUrl?: string;
  /** Where Express mounted the router that sees this request (`app.use('/crm', router)`). */
  baseUrl?: string;
  body?: unknown;
  _body?: boolean;
};

const BODYLESS = new Set(['GET', 'HEAD']);

/** GET and HEAD requests carry no body. */
export function bodylessMethod(method: string): boolean {
  return BODYLESS.has(method);
}

/**
 * Thrown when a framework read the body before callbridge could: signatures are computed over
 * the raw bytes, which are gone once a parser consumed them. The hint names the bridge's
 * `basePath` (the full public path) as the one to keep away from body parsers.
 */
export function rawBodyUnavailable(basePath = '/api/v1'): CallbridgeError {
  const path = basePath.replace(/\/+$/, '');
  const hint =
    path === ''
      ? "Mount the callbridge router before express.json() / body parsers: its basePath is the root, so every path is the bridge's; mount body parsers under your own paths only (e.g. app.use('/app', express.json()))."
      : `Mount the callbridge router before express.json() / body parsers, or exclude its path from them (e.g. app.use(/^(?!${escapeRegExp(path)}\\/)/, express.json())).`;
  return new CallbridgeError(
    'raw_body_unavailable',
    'The request body was already consumed by another middleware (such as express.json()), so its raw bytes cannot be verified.',
    { hint },
  );
}

/** `path` as a regular expression source matching it literally, `/` escaped too. */
function escapeRegExp(path: string): string {
  return path.replace(/[.*+?^$|()[\]{}\\/]/g, (c) => `\\${c}`);
}

export function tooLarge(limit: number): CallbridgeError {
  return new CallbridgeError('payload_too_large', `The request body is larger than ${limit} bytes.`, {
    hint: 'Send a smaller body, or raise `maxBodyBytes` in the bridge configuration.',
    details: { limit },
  });
}

/** Header pairs as received (repeated headers kept), without HTTP/2 pseudo-headers. */
export function copyHeaders(req: IncomingMessage, skipBodyFraming: boolean): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.startsWith(':')) continue;
    if (skipBodyFraming && /^(content-length|transfer-encoding)$/i.test(name)) continue;
    pairs.push([name, raw[i + 1] as string]);
  }
  return pairs;
}

/**
 * A Host header value: a bracketed IPv6 address or a name (RFC 3986 reg-name: `app_backend` and
 * `example.com.` included), and an optional port. What would move the path or query the bridge
 * routes on (`/ ? # @ \`, white space) is refused; core refuses what still does not parse.
 */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[^\s/?#@\\[\]:]+)(?::(\d{1,5}))?$/;

/** A request target in absolute form (`http://host/path`), as a proxy may send it. */
const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The URL of an absolute-form request target (RFC 9112 §3.2.2), or null for the usual
 * origin form (`/path?query`). Only `http` and `https` targets are served: any other scheme is
 * `malformed_request` (400).
 */
export function absoluteTarget(target: string): URL | null {
  if (!ABSOLUTE_FORM.test(target)) return null;
  const url = URL.canParse(target) ? new URL(target) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CallbridgeError('malformed_request', 'The request target is not an http(s) URL or a path.', {
      hint: 'Send a request line such as "GET /api/v1/calls HTTP/1.1".',
    });
  }
  return url;
}

/**
 * The path of a request target, in origin or absolute form, as a framework's router matches it
 * (Express's `parseurl`): as sent, without the query or fragment, dot segments, `//` and
 * percent-encodings kept (a URL parser would resolve or decode them). `http://host` alone is `/`.
 * Throws `malformed_request` for an absolute-form target that is not http(s).
 */
export function targetPath(target: string): string {
  let path = target;
  if (absoluteTarget(target) !== null) {
    const authority = target.slice(target.indexOf('//') + 2);
    const end = authority.search(/[/\\?#]/);
    path = end === -1 ? '/' : authority.slice(end);
  }
  path = path.split(/[?#]/)[0] as string;
  return path.startsWith('/') || path.startsWith('\\') ? path : `/${path}`;
}

/**
 * The absolute URL of the request: the path of the request line under the Host header. A Host
 * that is not `host[:port]` (it could otherwise move the path or query the bridge routes on) is
 * rejected with `malformed_request` (400), as RFC 9112 asks. An absolute-form target
 * (`GET http://host/path`, from a proxy) names the host itself, and the Host header is ignored.
 */
export function requestUrl(req: NodeRequest): string {
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  const absolute = absoluteTarget(req.originalUrl ?? req.url ?? '/');
  if (absolute !== null) {
    return `${encrypted ? 'https' : 'http'}://${absolute.host}${absolute.pathname}${absolute.search}`;
  }
  const host = String(req.headers.host ?? req.headers[':authority'] ?? 'localhost');
  const valid = HOST.exec(host);
  if (!valid || Number(valid[1] ?? 0) > 65535) {
    throw new CallbridgeError('malformed_request', 'The Host header is not a valid host[:port].', {
      hint: 'Send a Host header such as "crm.example.com" or "127.0.0.1:3000".',
    });
  }
  const path = req.originalUrl ?? req.url ?? '/';
  return `${encrypted ? 'https' : 'http'}://${host}${path.startsWith('/') ? path : `/${path}`}`;
}

/** What {@link watchBody} hands the body's chunks, end and failure to. */
export interface BodySink {
  /** A chunk within the limit; answer false to pause the request (resume it later). */
  chunk(chunk: Buffer): boolean;
  end(): void;
  /** The body failed: over the limit (`payload_too_large`), a socket error or an abort. */
  fail(error: Error): void;
}

/**
 * Follows the raw body of `req` until it ends or fails, failing with `payload_too_large` (and
 * pausing the request) as soon as the running total passes `limit`. Returns a function that stops
 * listening.
 */
export function watchBody(req: NodeRequest, limit: number, sink: BodySink): () => void {
  let total = 0;
  const stop = (): void => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.off('aborted', onAborted);
  };
  const onData = (chunk: Buffer): void => {
    total += chunk.byteLength;
    if (total > limit) {
      stop();
      req.pause();
      sink.fail(tooLarge(limit));
      return;
    }
    if (!sink.chunk(chunk)) req.pause();
  };
  const onEnd = (): void => {
    stop();
    sink.end();
  };
  const onError = (error: Error): void => {
    stop();
    sink.fail(error);
  };
  const onAborted = (): void => onError(new Error('The client aborted the request body.'));
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('aborted', onAborted);
  return stop;
}

/** The raw body as a web stream that stops (with a 413 error) as soon as `limit` is passed. */
function bodyStream(req: NodeRequest, limit: number): ReadableStream<Uint8Array> {
  let done = false;
  let stop = (): void => undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stop = watchBody(req, limit, {
          chunk(chunk) {
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            return (controller.desiredSize ?? 1) > 0;
          },
          end() {
            done = true;
            controller.close();
          },
          fail(error) {
            done = true;
            controller.error(error);
          },
        });
      },
      pull() {
        if (!done) req.resume();
      },
      cancel() {
        done = true;
        stop();
        req.pause();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/**
 * A body some middleware left behind, if it is still the exact bytes (express.raw()). Throws
 * `raw_body_unavailable` (naming `basePath`) when a parser consumed it.
 */
export function leftoverBody(req: NodeRequest, limit: number, basePath?: string): Uint8Array | null {
  const finished = req._body === true || req.readableEnded || (req.complete && !req.readable);
  if (!finished && req.body === undefined) return null;
  if (req.body instanceof Uint8Array) {
    if (req.body.byteLength > limit) throw tooLarge(limit);
    return new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength);
  }
  if (finished) throw rawBodyUnavailable(basePath);
  // A parser ran but skipped this content type (express 4 sets `req.body = {}`): the stream is intact.
  return null;
}

/** Options of {@link toWebRequest}. */
export interface WebRequestOptions {
  /** The bridge's `basePath`, named by the `raw_body_unavailable` hint (default `/api/v1`). */
  basePath?: string;
  /** The response: given, a client waiting for `100 Continue` gets it when the body is streamed. */
  res?: ServerResponse;
}

/**
 * Translates a Node request into a web `Request`: headers copied (pseudo-headers skipped), URL
 * rebuilt from the Host header and the original URL, the raw body streamed under `limit`
 * (a Content-Length over it fails at once), and `signal` passed through.
 * Throws `raw_body_unavailable` when a framework already consumed the body.
 */
export function toWebRequest(
  req: NodeRequest,
  signal: AbortSignal,
  limit: number,
  options: WebRequestOptions = {},
): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, signal };
  let leftover: Uint8Array | null = null;
  if (!BODYLESS.has(method)) {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
    leftover = leftoverBody(req, limit, options.basePath);
    if (leftover) {
      init.body = leftover as Uint8Array<ArrayBuffer>;
    } else {
      if (options.res) sendContinue(req, options.res);
      init.body = bodyStream(req, limit);
      init.duplex = 'half';
    }
  }
  init.headers = copyHeaders(req, leftover !== null);
  return rememberOrigin(new Request(requestUrl(req), init), req);
}
