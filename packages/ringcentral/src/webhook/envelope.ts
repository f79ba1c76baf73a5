import { CallbridgeError, parseJsonLossless } from '@callbridge/core';
import { z } from 'zod';

/** The envelope of every RingCentral notification. `ownerId` arrives as a string or a number. */
export const EnvelopeSchema = z.looseObject({
  uuid: z.union([z.string().min(1), z.number(), z.bigint()]).transform(String),
  event: z.string().min(1),
  timestamp: z.string().nullish(),
  subscriptionId: z.string().nullish(),
  ownerId: z.union([z.string(), z.number(), z.bigint()]).transform(String).nullish(),
  body: z.unknown(),
});
/** A parsed notification envelope. */
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** How many bad fields an error message names at most. */
const MAX_NAMED_ISSUES = 5;

/**
 * The paths of the first few issues, then how many more: the message is logged and answered,
 * so a body with thousands of bad items must not turn into a message of megabytes.
 */
export function issuePaths(issues: ReadonlyArray<{ path: PropertyKey[] }>): string {
  const named = issues.slice(0, MAX_NAMED_ISSUES).map((i) => i.path.map(String).join('.') || '(root)');
  const more = issues.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** Parses raw notification bytes (lossless for 64-bit numbers) into an envelope. */
export function parseEnvelope(bytes: Uint8Array): { envelope: Envelope; raw: unknown } {
  let raw: unknown;
  try {
    raw = parseJsonLossless(bytes);
  } catch (cause) {
    throw new CallbridgeError('invalid_json', 'The RingCentral notification is not valid JSON.', {
      cause,
      hint: 'RingCentral posts JSON; make sure nothing rewrites the body before the bridge.',
    });
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const paths = issuePaths(parsed.error.issues);
    throw new CallbridgeError(
      'malformed_body',
      `The RingCentral notification envelope is malformed (${paths}).`,
      {
        hint: 'Expected {uuid, event, timestamp, subscriptionId, ownerId, body}.',
      },
    );
  }
  return { envelope: parsed.data, raw };
}
