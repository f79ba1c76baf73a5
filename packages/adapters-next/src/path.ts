import { CallbridgeError, problemResponse } from '@callbridge/core';

/**
 * A path that the bridge reads as another one than a guard in front of the route does: `//` (the
 * bridge skips empty segments), or a percent-encoded letter, digit or `-._~` (the bridge decodes
 * each segment, `request.nextUrl.pathname` keeps it encoded). A backslash and dot segments are
 * here too, for a Request built without a URL parser's normalization; Next itself redirects `//`
 * and backslashes (308) and resolves dot segments and `%2e` before a proxy or a route sees them.
 */
export function ambiguousPath(pathname: string): boolean {
  return /\/\/|\\|(?:^|\/)\.{1,2}(?:\/|$)|%(?:2[de]|3\d|[46][1-9a-f]|[57][\da]|5f|7e)/i.test(pathname);
}

/** The path of a request's URL; null when it is not an absolute URL (the bridge answers that). */
export function requestPath(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/**
 * The 400 `malformed_request` answer to an {@link ambiguousPath}: a proxy guarding by
 * `nextUrl.pathname` (such as `pathname.startsWith('/api/callbridge/calls')`) would not have seen
 * the path the bridge serves. No body for a HEAD request.
 */
export function ambiguousPathResponse(method: string): Response {
  const response = problemResponse(
    new CallbridgeError(
      'malformed_request',
      'The request path has an empty segment or a percent-encoded letter, digit or -._~, which the bridge would read as another path than the proxy and routes in front of it.',
      { hint: 'Send the path as written in the API, such as "/api/callbridge/calls/stats".' },
    ),
  );
  if (method.toUpperCase() !== 'HEAD') return response;
  void response.body?.cancel().catch(() => undefined);
  return new Response(null, { status: response.status, headers: response.headers });
}
