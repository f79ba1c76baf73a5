/**
 * Which recording URLs the background download may fetch. A recording URL comes from a webhook,
 * so without a policy anyone who can get one webhook accepted could make the server fetch its own
 * network (cloud metadata, admin ports) and read the answer back as a recording.
 */

import ipaddr from 'ipaddr.js';

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
 * Why the download refuses `url`, or null when it may fetch it: only `http:` and `https:` URLs,
 * and, unless `allowPrivateHosts`, none on this machine or a private network (literal addresses
 * and names such as `localhost` or `*.internal`; a public name that resolves to a private address
 * is not detected here, as core does no DNS).
 */
export function recordingUrlRefusal(url: string, allowPrivateHosts: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid absolute URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `uses the ${parsed.protocol} scheme; only http and https recordings are downloaded`;
  }
  if (!allowPrivateHosts && isPrivateHost(parsed.hostname)) {
    return `points to ${parsed.hostname}, an address of this machine or a private network; set \`recordings: { allowPrivateHosts: true }\` in the bridge configuration to download from your own network`;
  }
  return null;
}
