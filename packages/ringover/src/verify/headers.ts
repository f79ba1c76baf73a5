import type { HeaderReader } from '@callbridge/core';

/**
 * Request headers as anything with a case-insensitive `get` (web `Headers`, the bridge's
 * `context.headers`) or a plain record (Node's `IncomingHttpHeaders`).
 */
export type HeadersLike = HeaderReader | Record<string, string | string[] | undefined>;

/** Reads a header case-insensitively; the first value of a repeated header; null when absent or blank. */
export function readHeader(headers: HeadersLike, name: string): string | null {
  let value: string | string[] | null | undefined;
  if (typeof (headers as HeaderReader).get === 'function') value = (headers as HeaderReader).get(name);
  else {
    const lower = name.toLowerCase();
    const record = headers as Record<string, string | string[] | undefined>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
    value = key === undefined ? undefined : record[key];
  }
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : null;
}

/** Header names Ringover uses. */
export const RINGOVER_HEADERS = {
  jwt: 'x-ringover-webhook-signature',
  authorization: 'authorization',
  v3: 'x-ringover-webhook-signature-v3',
  v3Timestamp: 'x-ringover-request-signature-v3-timestamp',
  compat: 'x-ringover-signature',
} as const;
