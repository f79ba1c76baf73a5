import { lookup } from 'node:dns/promises';

/**
 * The addresses `hostname` resolves to through the system resolver (`dns.lookup`, as Node's
 * `fetch` connects): pass it as `recordings.resolveHost` so a recording URL whose name points at
 * this machine or a private network is refused before it is fetched.
 */
export async function resolveHostWithDns(hostname: string): Promise<string[]> {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}
