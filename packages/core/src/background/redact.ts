/** Put in place of a secret. */
export const REDACTED = '[redacted]';

/** Anything that starts like a URL, up to white space or a quote. */
const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** `name=value` / `name: value` pairs whose name says the value is a credential. */
const SECRET_PAIR =
  /\b((?:access|refresh|id|api|auth|session|bearer|client|private)?[_-]?(?:token|key|secret|password|passwd|pwd|signature|sig|credentials?|authorization|apikey|jwt)s?)(["']?\s*[=:]\s*["']?)([^\s"'&,;)]+)/gi;

/** An authorization scheme followed by its credentials. */
const AUTH_SCHEME = /\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=-]{6,}/g;

/** Well-known key shapes: OpenAI / Stripe style `sk-...`, JWTs, AWS access key ids. */
const KNOWN_KEYS = [
  /\b(?:sk|pk|rk)-[A-Za-z0-9_-]{8,}/g,
  /\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*)?/g,
  /\bA(?:KIA|SIA)[A-Z0-9]{12,}\b/g,
];

/** A long opaque run of letters and digits (both), like an API key or a signature. UUIDs stay. */
const OPAQUE = /\b[A-Za-z0-9_-]{24,}\b/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A URL cut to what is safe to show: scheme, host and path. The query string, the fragment and
 * any user:password@ are dropped, since recording URLs carry their token there.
 */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    // Unparseable: cut by hand at the first '?' or '#', and drop everything up to an '@'.
    const scheme = url.indexOf('://');
    const rest = url.slice(scheme + 3).split(/[?#]/)[0] ?? '';
    const slash = rest.indexOf('/');
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    const at = authority.lastIndexOf('@');
    const host = at === -1 ? rest : rest.slice(at + 1);
    return `${url.slice(0, scheme + 3)}${host}`;
  }
}

/**
 * Makes an error text safe for `metadata.lastError`, logs and the API: URLs keep their host and
 * path only, and token-like values (credential parameters, `Bearer ...`, `sk-...` keys, JWTs,
 * long opaque strings) become `[redacted]`. The rest of the text stays, so it still says what
 * failed.
 */
export function redactSecrets(text: string): string {
  let out = text.replace(URL_LIKE, (url) => safeUrl(url));
  out = out.replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${REDACTED}`);
  out = out.replace(SECRET_PAIR, (_match, name: string, sep: string) => `${name}${sep}${REDACTED}`);
  for (const pattern of KNOWN_KEYS) out = out.replace(pattern, REDACTED);
  out = out.replace(OPAQUE, (run) =>
    UUID.test(run) || !/[0-9]/.test(run) || !/[A-Za-z]/.test(run) ? run : REDACTED,
  );
  return out;
}
