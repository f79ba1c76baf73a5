/**
 * The URL Ringover posted to, as it would have signed it: the configured public origin (when the
 * server sits behind a proxy that rewrites the host) plus the request's path and query, else the
 * request URL itself. Null when neither is known.
 */
export function publicRequestUrl(requestUrl: string | URL | null, publicUrl: string | null): string | null {
  if (!requestUrl) return publicUrl;
  const url = new URL(String(requestUrl));
  if (!publicUrl) return url.href;
  const origin = new URL(publicUrl);
  return new URL(`${url.pathname}${url.search}`, origin.origin).href;
}

function canonical(value: string): string | null {
  try {
    const url = new URL(value);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}`;
  } catch {
    return null;
  }
}

/** Same webhook URL up to host case, default port and a trailing slash. */
export function sameWebhookUrl(a: string, b: string): boolean {
  const x = canonical(a);
  return x !== null && x === canonical(b);
}

function canonicalPath(value: string): string | null {
  try {
    const url = new URL(value);
    return `${url.pathname.replace(/\/+$/, '') || '/'}${url.search}`;
  } catch {
    return null;
  }
}

/** Same webhook path and query (origins ignored), up to a trailing slash. */
export function sameWebhookPath(a: string, b: string): boolean {
  const x = canonicalPath(a);
  return x !== null && x === canonicalPath(b);
}
