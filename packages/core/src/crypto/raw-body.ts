import { CallbridgeError } from '../errors.js';

const encoder = new TextEncoder();

/**
 * Returns the raw body bytes a signature must be checked against, or throws an actionable error
 * when a framework already parsed the body into an object (the classic "signature mismatch").
 */
export function requireRawBody(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new CallbridgeError(
    'raw_body_unavailable',
    `The webhook body reached verification as ${body === null ? 'null' : typeof body}, not as raw bytes: a body parser consumed it first.`,
    {
      hint: 'Signatures cover the exact bytes sent. Mount the callbridge route before express.json() (or use express.raw() for it), and pass the unparsed body (Uint8Array or string).',
    },
  );
}
