import { CallbridgeError, isCallbridgeError } from '../errors.js';

/** Refusals a compressed body causes: its bytes are not the ones signed, or not JSON. */
const BODY_REFUSALS = new Set(['signature_invalid', 'signature_payload_mismatch', 'invalid_json']);

/** The request's content coding when it is one (not absent, empty or `identity`). */
function contentCoding(value: string | null): string | null {
  const coding = value?.trim() ?? '';
  return coding === '' || coding.toLowerCase() === 'identity' ? null : coding;
}

/**
 * A provider's refusal of a webhook that came with a `Content-Encoding` (gzip, deflate, br):
 * callbridge verifies and parses the body's bytes as received, so a compressed body fails as
 * "signature invalid" or "not JSON", which hides the cause. The same refusal (code and status)
 * is returned with a message that names the coding and the fix; any other error, or a request
 * with no coding, is returned as it is.
 */
export function namingContentCoding(error: unknown, contentEncoding: string | null): unknown {
  const coding = contentCoding(contentEncoding);
  if (coding === null || !isCallbridgeError(error) || !BODY_REFUSALS.has(error.code)) return error;
  return new CallbridgeError(
    error.code,
    `${error.message} The body came with Content-Encoding: ${coding}, and callbridge reads the bytes as received.`,
    {
      status: error.status,
      hint: 'Deliver webhooks uncompressed, or decode them in front of callbridge and remove the Content-Encoding header there.',
      details: { ...error.details, contentEncoding: coding },
      cause: error,
    },
  );
}
