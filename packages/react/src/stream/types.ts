import type { Interaction, StreamEventType } from '@callbridge/core';
import type { CallbridgeClientError } from '../errors.js';

/** Where a stream connection is. `closed` also covers a stream paused while the tab is hidden. */
export type StreamStatus = 'connecting' | 'open' | 'retrying' | 'closed';

/** What a stream exposes to the UI. */
export interface StreamSnapshot {
  status: StreamStatus;
  /** Id of the last event received; sent as `Last-Event-ID` when the stream reconnects. */
  lastEventId: string | null;
  /** True while the stream is paused because the page is hidden. */
  paused: boolean;
  /** The last failure (cleared once the stream is open again). */
  error: CallbridgeClientError | null;
}

/** One call event from the stream: the Interaction after the change. */
export interface CallStreamEvent {
  type: StreamEventType;
  id: string | null;
  data: Interaction;
}

/** The server's `resync`: the resume id was older than its log; reload lists from the API. */
export interface ResyncStreamEvent {
  type: 'resync';
  id: string | null;
  data: unknown;
}

/** Every event the client dispatches (`heartbeat` only keeps the inactivity watchdog quiet). */
export type StreamMessage = CallStreamEvent | ResyncStreamEvent | { type: 'heartbeat'; id: string | null };

/** Receives what one stream connection produces. */
export interface StreamListener {
  onMessage?(message: StreamMessage): void;
  onError?(error: CallbridgeClientError): void;
}

/** Headers for a request, read again before every (re)connect so refreshed tokens are used. */
export type GetHeaders = () => HeadersInit | undefined | Promise<HeadersInit | undefined>;
