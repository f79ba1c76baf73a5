import { CallbridgeError } from '@callbridge/core';
import type { z } from 'zod';
import { issuePaths } from '../webhook/envelope.js';

/**
 * `schema` applied to a RingCentral answer; an answer of another shape is an `upstream_error`
 * naming the call (`what`) and the first few fields at fault, not a bare validation error.
 */
export function parseAnswer<S extends z.ZodType>(schema: S, answer: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const paths = issuePaths(parsed.error.issues);
  throw new CallbridgeError(
    'upstream_error',
    `RingCentral ${what} answered in an unexpected shape (${paths}).`,
    {
      hint: 'The platform, or a proxy before it, answered something the RingCentral API reference does not describe: check the `server` setting and any proxy on the way.',
      details: { provider: 'ringcentral' },
    },
  );
}
