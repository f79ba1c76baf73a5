import type { EventSourceMessage } from 'eventsource-parser';
import { CallbridgeClientError } from '../errors.js';
import type { StreamMessage } from './types.js';

const TYPES = new Set(['call_event_created', 'call_event_updated', 'call_ai_completed', 'resync']);

/**
 * Turns one parsed SSE event into what listeners get: a typed message, null for event types this
 * client does not know (ignored, for forward compatibility), or an error when the data is not JSON.
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
    return { type, id, data: message.data ? JSON.parse(message.data) : null } as StreamMessage;
  } catch (cause) {
    return new CallbridgeClientError('invalid_response', `The "${type}" event ${id ?? ''} is not JSON.`, {
      cause,
    });
  }
}
