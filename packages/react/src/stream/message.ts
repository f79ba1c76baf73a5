import type { EventSourceMessage } from 'eventsource-parser';
import { CallbridgeClientError } from '../errors.js';
import type { StreamMessage } from './types.js';

const TYPES = new Set(['call_event_created', 'call_event_updated', 'call_ai_completed', 'resync']);

/**
 * Enough of an Interaction for the hooks and components to render it without throwing: string
 * `id`, `occurredAt` and `source`, object `metadata`. The server's schema guarantees the rest.
 */
const isCall = (d: { id?: unknown; occurredAt?: unknown; source?: unknown; metadata?: unknown } | null) =>
  typeof d?.id === 'string' &&
  typeof d.occurredAt === 'string' &&
  typeof d.source === 'string' &&
  d.metadata instanceof Object;

/**
 * Turns one parsed SSE event into what listeners get: a typed message, null for event types this
 * client does not know (ignored, for forward compatibility), or an error when the data is not JSON,
 * or a call event's data is not an Interaction (which would otherwise break the app's render).
 * `id` is the event's resume id (the previous one when the event carried none).
 */
export function toStreamMessage(
  message: EventSourceMessage,
  id: string | null,
): StreamMessage | CallbridgeClientError | null {
  const type = message.event ?? 'message';
  if (type === 'heartbeat') return { type, id };
  if (!TYPES.has(type)) return null;
  try {
    const data = message.data ? JSON.parse(message.data) : null;
    if (type === 'resync' || isCall(data)) return { type, id, data } as StreamMessage;
  } catch {}
  return new CallbridgeClientError(
    'invalid_response',
    `The "${type}" event ${id ?? ''} is not an Interaction in JSON.`,
  );
}
