import { ambiguousPathError, problemResponse } from '@callbridge/core';

/** The path of a request's URL; null when it is not an absolute URL (the bridge answers that). */
export function requestPath(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/**
 * The 400 `malformed_request` answer to core's `ambiguousPath`: a proxy guarding by
 * `nextUrl.pathname` (such as `pathname.startsWith('/api/callbridge/calls')`) would not have seen
 * the path the bridge serves. No body for a HEAD request.
 */
export function ambiguousPathResponse(method: string): Response {
  const response = problemResponse(ambiguousPathError('/api/callbridge/calls/stats'));
  if (method.toUpperCase() !== 'HEAD') return response;
  void response.body?.cancel().catch(() => undefined);
  return new Response(null, { status: response.status, headers: response.headers });
}
