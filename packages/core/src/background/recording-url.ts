/**
 * Which recording URLs the background download may fetch. A recording URL comes from a webhook,
 * so without a policy anyone who can get one webhook accepted could make the server fetch its own
 * network (cloud metadata, admin ports) and read the answer back as a recording.
 */

import ipaddr from 'ipaddr.js';
import { untilAborted } from '../http/stream-waits.js';

/** Redirects followed per download; each hop is checked like the first URL. */
export const MAX_RECORDING_REDIRECTS = 5;

/**
 * True for a host name or literal address of this machine or a private network: `localhost` and
 * the local-only name suffixes, and every literal address outside the public unicast ranges
 * (loopback, private, link-local with cloud metadata, CGNAT, unique-local, reserved, multicast),
 * an IPv4-mapped IPv6 address judged by its IPv4 address. An IPv6 address counts as public only in
 * the global unicast block 2000::/3: the rest of what `ipaddr.js` calls unicast is reserved,
 * including the deprecated IPv4-compatible `::a.b.c.d` (`[::7f00:1]`, `[::a9fe:a9fe]`).
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal|home\.arpa)$/.test(host)) return true;
  if (!ipaddr.isValid(host)) return false;
  let address = ipaddr.parse(host);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (address.range() !== 'unicast') return true;
  return address.kind() === 'ipv6' && !isGlobalUnicastV6(address as ipaddr.IPv6);
}

/** In 2000::/3, the only IPv6 block assigned for global unicast. */
function isGlobalUnicastV6(address: ipaddr.IPv6): boolean {
  const first = address.parts[0] ?? 0;
  return first >= 0x2000 && first <= 0x3fff;
}

/**
 * The private hosts the download may reach (`recordings.allowPrivateHosts`): every one (`true`),
 * none (`false`), or the names and addresses of a list, as {@link hostKey} writes them.
 */
export type PrivateHosts = boolean | ReadonlySet<string>;

/**
 * A host name or address as the allow list compares them: lower case, without IPv6 brackets or a
 * final dot, an IP address in its canonical form (an IPv4-mapped IPv6 address as IPv4).
 */
export function hostKey(host: string): string {
  const key = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return ipaddr.isValid(key) ? ipaddr.process(key).toString() : key;
}

/**
 * An entry of `recordings.allowPrivateHosts` as the list compares it ({@link hostKey} of the host
 * a URL naming it has: an international name in punycode, capitals and a final dot dropped), or
 * why no URL's host could ever be it: a port (`rec.internal:8443`, the list allows every port), a
 * pattern (`*.corp.internal`, `.corp.internal`), or something that is no host (an IPv6 zone,
 * `08.1.2.3`).
 */
export type ListedHost =
  | { key: string }
  | { error: 'port'; host: string }
  | { error: 'pattern' }
  | { error: 'invalid' };

/** {@link ListedHost} of one `allowPrivateHosts` entry (already a non-empty string without a path). */
export function listedHost(entry: string): ListedHost {
  const bare = entry.replace(/^\[(.*)\]$/, '$1');
  if (ipaddr.isValid(bare)) return bare.includes('%') ? { error: 'invalid' } : { key: hostKey(bare) };
  // `*.corp.internal` or `.corp.internal`: a suffix, which the list does not match.
  if (entry.includes('*') || entry.startsWith('.')) return { error: 'pattern' };
  let url: URL;
  try {
    url = new URL(`http://${entry}`);
  } catch {
    return { error: 'invalid' };
  }
  if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search || url.hash) {
    return { error: 'invalid' };
  }
  // The URL drops a default port (`:80`): the entry itself says whether it named one.
  if (url.port !== '' || /:\d*$/.test(entry)) return { error: 'port', host: hostKey(url.hostname) };
  return { key: hostKey(url.hostname) };
}

/** `recordings.allowPrivateHosts` (already validated) as {@link PrivateHosts}. */
export function privateHosts(option: boolean | readonly string[] | undefined): PrivateHosts {
  if (option === undefined || typeof option === 'boolean') return option === true;
  return new Set(
    option.flatMap((entry) => {
      const listed = listedHost(entry);
      return 'key' in listed ? [listed.key] : [];
    }),
  );
}

/** Whether `host` is one of the private hosts the download may reach. */
function allowed(hosts: PrivateHosts, host: string): boolean {
  return typeof hosts === 'boolean' ? hosts : hosts.has(hostKey(host));
}

/** The end of a refusal: the option that allows `host`. */
const allowHint = (host: string) =>
  `set \`recordings: { allowPrivateHosts: [..., '${hostKey(host)}'] }\` in the bridge configuration to download from it (\`true\` allows every private host)`;

/**
 * Why the download refuses `url`, or null when it may fetch it: only `http:` and `https:` URLs
 * without a user name or password, and none on this machine or a private network (literal
 * addresses and names such as `localhost` or `*.internal`) unless `allowPrivateHosts` allows it (a
 * public name that resolves to a private address is caught by `resolvedHostRefusal`, as core
 * itself does no DNS).
 */
export function recordingUrlRefusal(url: string, allowPrivateHosts: PrivateHosts): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid absolute URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `uses the ${parsed.protocol} scheme; only http and https recordings are downloaded`;
  }
  // fetch() throws on such a URL on every try, and the credentials would end up in logs.
  if (parsed.username !== '' || parsed.password !== '') {
    return 'carries a user name or password (user:password@host), which is never sent; a fetcher registered for the provider can pass credentials as a header instead';
  }
  if (isPrivateHost(parsed.hostname) && !allowed(allowPrivateHosts, parsed.hostname)) {
    return `points to ${parsed.hostname}, an address of this machine or a private network; ${allowHint(parsed.hostname)}`;
  }
  return null;
}

/**
 * The addresses a host name resolves to, as IP address strings: on Node, `resolveHostWithDns`
 * from `@callbridge/core/node` (the `address` of each entry of `dns.lookup(name, { all: true })`).
 */
export type ResolveHost = (hostname: string) => Promise<readonly string[]>;

/** Why a download may not go to a host after its name was resolved; `retryable` for a failed lookup. */
export interface HostRefusal {
  why: string;
  retryable: boolean;
}

/** Longest resolver error text quoted in a refusal. */
const MAX_REASON = 300;

/**
 * Resolves the host of `url` (already passed by `recordingUrlRefusal`) and refuses it when any of
 * its addresses is on this machine or a private network (and not allowed by `allowPrivateHosts`),
 * so a public-looking name pointing at 127.0.0.1 or 169.254.169.254 is not fetched. Literal
 * addresses and names the allow list names are not looked up. A lookup
 * that fails or finds nothing is a retryable refusal: the fetch would fail the same way. An answer
 * that is not an IP address cannot be judged, so it is refused too. `signal` (the download's
 * timeout and the job's) stops waiting for a lookup that hangs: once it aborts, this throws its
 * reason, like a fetch that was cut off, and starts no lookup.
 */
export async function resolvedHostRefusal(
  url: string,
  resolveHost: ResolveHost,
  signal: AbortSignal,
  allowPrivateHosts: PrivateHosts = false,
): Promise<HostRefusal | null> {
  const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(hostname) || allowed(allowPrivateHosts, hostname)) return null;
  let addresses: unknown;
  try {
    // No lookup starts once the signal aborted; a resolver that throws or answers without a
    // promise is judged like one that rejects or resolves.
    signal.throwIfAborted();
    addresses = await untilAborted(new Promise((settle) => settle(resolveHost(hostname))), signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const text = error instanceof Error ? error.message : String(error);
    const reason = text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 3)}...` : text;
    return { why: `has a host name that could not be resolved (${reason})`, retryable: true };
  }
  if (!Array.isArray(addresses) || addresses.length === 0) {
    return { why: 'has a host name that resolves to no address', retryable: true };
  }
  const odd = addresses.findIndex((address) => typeof address !== 'string' || !ipaddr.isValid(address));
  if (odd !== -1) {
    const answer: unknown = addresses[odd];
    const what =
      typeof answer === 'string'
        ? JSON.stringify(answer.slice(0, 100))
        : `a value of type ${answer === null ? 'null' : typeof answer}`;
    return {
      why: `points to ${hostname}, whose lookup answered ${what}, not an IP address, so where it leads cannot be checked; \`recordings.resolveHost\` must give address strings (\`resolveHostWithDns\` from '@callbridge/core/node' does)`,
      retryable: false,
    };
  }
  const inside = (addresses as string[]).find(
    (address) => isPrivateHost(address) && !allowed(allowPrivateHosts, address),
  );
  if (inside === undefined) return null;
  return {
    why: `points to ${hostname}, which resolves to ${inside}, an address of this machine or a private network; ${allowHint(hostname)}`,
    retryable: false,
  };
}
