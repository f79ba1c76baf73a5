/**
 * @callbridge/react: hooks and components for callbridge in the browser. A shared, resumable
 * SSE stream (`useEventStream`), call toasts, a timeline item, a call player and a typed client
 * of the calls API. Imports only *types* from @callbridge/core: no server code in the bundle.
 * Default styles: `import '@callbridge/react/styles.css'`.
 */

export {
  type CallFilters,
  type CallsClient,
  type CallsClientOptions,
  createCallsClient,
  type RequestOptions,
  type StatsRange,
} from './api/client.js';
export { CallsClientProvider, type CallsClientProviderProps, useCallsClient } from './api/context.js';
export { useCall, useCallStats } from './api/use-call.js';
export { matchesFilters, mergeInteractions, type UseCallsResult, useCalls } from './api/use-calls.js';
export type { ResourceResult, ResourceState } from './api/use-resource.js';
export { CallbridgeClientError, type ClientErrorCode, type ProblemDetails } from './errors.js';
export { externalNumber, formatDuration, formatPhoneNumber } from './format.js';
export { type CallLabels, DEFAULT_LABELS, type PartyDisplay } from './labels.js';
export {
  CallNotificationProvider,
  type CallNotificationProviderProps,
  type CallNotifications,
  useCallNotifications,
} from './notifications/provider.js';
export type { CallToast } from './notifications/toast.js';
export { CallPlayer, type CallPlayerLabels, type CallPlayerProps } from './player/call-player.js';
export { SentimentBadge, type SentimentBadgeProps } from './player/sentiment.js';
export { activeSegmentIndex, Transcript, type TranscriptProps } from './player/transcript.js';
export { type BackoffOptions, backoffDelay } from './stream/backoff.js';
export {
  createEventStreamClient,
  type EventStreamClient,
  type EventStreamClientOptions,
} from './stream/client.js';
export type {
  CallStreamEvent,
  GetHeaders,
  ResyncStreamEvent,
  StreamListener,
  StreamMessage,
  StreamSnapshot,
  StreamStatus,
} from './stream/types.js';
export {
  type CallEventHandlers,
  type UseEventStreamOptions,
  type UseEventStreamResult,
  useEventStream,
} from './stream/use-event-stream.js';
export { CallTimelineItem, type CallTimelineItemProps } from './timeline/call-timeline-item.js';
