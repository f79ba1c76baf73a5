import { compareEventIds, type Logger, type StreamEvent } from '@callbridge/core';

export type Listener = (event: StreamEvent) => void;

export interface Channel {
  tenantId: string;
  listeners: Set<Listener>;
  /** Settles once Redis confirmed the SUBSCRIBE of this channel and its newest event id was read. */
  ready: Promise<unknown>;
  /** The greatest event id this channel delivered, or the tenant's newest when it was subscribed. */
  newest: string | null;
  /** The id of the event handed over after a reconnect: skipped once if it also arrives live. */
  recovered: string | null;
}

/** Raises a channel's newest id to `id`; false when it already had that id or a newer one. */
export function advance(channel: Channel, id: string): boolean {
  if (channel.newest !== null && compareEventIds(id, channel.newest) <= 0) return false;
  channel.newest = id;
  return true;
}

/**
 * Delivers a message to the channel's listeners. A `recovered` one (read after a reconnect) only
 * when it is newer than every event the channel had; a live one always, except the recovered
 * event arriving live as well.
 */
export function dispatch(
  channel: Channel,
  name: string,
  message: string,
  recovered: boolean,
  logger: Logger,
): void {
  let event: StreamEvent;
  try {
    event = JSON.parse(message) as StreamEvent;
  } catch {
    logger.warn('callbridge: ignored a malformed broadcast message', { channel: name });
    return;
  }
  const id = typeof event?.id === 'string' ? event.id : null;
  if (id !== null) {
    if (recovered) {
      if (!advance(channel, id)) return;
      channel.recovered = id;
    } else {
      if (channel.recovered === id) {
        channel.recovered = null;
        return;
      }
      advance(channel, id);
    }
  }
  for (const listener of [...channel.listeners]) {
    try {
      listener(event);
    } catch (error) {
      logger.error('callbridge: a broadcast listener threw', { channel: name, error: String(error) });
    }
  }
}
