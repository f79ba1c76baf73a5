import { CallbridgeError } from '../errors.js';

/**
 * A path that the bridge's routing (`routeSegments`: empty segments skipped, each segment
 * decoded) or a URL parser reads as another path than a framework's router or a proxy guard
 * does: dot segments (which `new URL` resolves, `%2e` too), `//`, a backslash (a `/` to a URL
 * parser), or a percent-encoded letter, digit or `-._~`. A guard in front of the bridge, such as
 * Express's `app.use('/api/v1/calls', guard)` or a Next proxy testing `nextUrl.pathname`, would
 * not see the path the bridge serves; the adapters refuse such a path under `basePath`.
 */
export function ambiguousPath(path: string): boolean {
  return /\/\/|\\|(?:^|\/)\.{1,2}(?:\/|$)|%(?:2[de]|3\d|[46][1-9a-f]|[57][\da]|5f|7e)/i.test(path);
}

/** The 400 `malformed_request` for an {@link ambiguousPath}; `example` is a path as the API writes it. */
export function ambiguousPathError(example: string): CallbridgeError {
  return new CallbridgeError(
    'malformed_request',
    'The request path has dot segments, an empty segment, a backslash or a percent-encoded letter, digit or -._~, which the bridge would read as another path than the routes in front of it.',
    { hint: `Send the path as written in the API, such as "${example}".` },
  );
}
