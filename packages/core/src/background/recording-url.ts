/**
 * Which recording URLs the background download may fetch. A recording URL comes from a webhook,
 * so without a policy anyone who can get one webhook accepted could make the server fetch its own
 * network (cloud metadata, admin ports) and read the answer back as a recording.
 */

/** Redirects followed per download; each hop is checked like the first URL. */
export const MAX_RECORDING_REDIRECTS = 5;

/** The IPv4 ranges no recording lives in: this host, private networks, link-local, CGNAT, reserved. */
const PRIVATE_V4: Array<[number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8
  [0x0a000000, 8], // 10.0.0.0/8
  [0x64400000, 10], // 100.64.0.0/10
  [0x7f000000, 8], // 127.0.0.0/8
  [0xa9fe0000, 16], // 169.254.0.0/16 (cloud metadata)
  [0xac100000, 12], // 172.16.0.0/12
  [0xc0000000, 24], // 192.0.0.0/24
  [0xc0a80000, 16], // 192.168.0.0/16
  [0xc6120000, 15], // 198.18.0.0/15
  [0xe0000000, 3], // 224.0.0.0/3 (multicast, reserved)
];

function ipv4Number(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function isPrivateV4(n: number): boolean {
  return PRIVATE_V4.some(
    ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)),
  );
}

/** An IPv6 literal (WHATWG URL serialization, brackets removed) in a local or private range. */
function isPrivateV6(host: string): boolean {
  const h = host.toLowerCase();
  if (h === '::' || h === '::1') return true;
  // IPv4-mapped (::ffff:7f00:1) and IPv4-compatible forms: judge the IPv4 address.
  const mapped = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped)
    return isPrivateV4(
      Number.parseInt(mapped[1] as string, 16) * 65536 + Number.parseInt(mapped[2] as string, 16),
    );
  const first = Number.parseInt(h.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** True for a host name or literal address of this machine or a private network. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal|home\.arpa)$/.test(host)) return true;
  const v4 = ipv4Number(host);
  if (v4 !== null) return isPrivateV4(v4);
  return host.includes(':') && isPrivateV6(host);
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
