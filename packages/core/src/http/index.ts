export { ambiguousPath, ambiguousPathError } from './ambiguous-path.js';
export { requirePrincipal, requireStreamPrincipal } from './auth.js';
export { readBodyLimited } from './body.js';
export { guardStore } from './calls.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_STATS_DAYS,
  parseListQuery,
  parseStatsQuery,
} from './calls-query.js';
export { compareEventIds, isEventId } from './event-ids.js';
export type { EventSink } from './event-stream.js';
export { EventStreamAnswer, isEventStream } from './event-stream.js';
export type {
  BridgeAnswer,
  BridgeReply,
  BridgeRequest,
  HeaderReader,
  ServeFunction,
  StreamingBridgeAnswer,
  StreamingBridgeRequest,
} from './exchange.js';
export { fromWebRequest, isWebResponse, toWebResponse } from './exchange.js';
export { createHttpHandler, createServe, normalizeBasePath, routeSegments } from './handler.js';
export type { ProblemDetails } from './problem.js';
export {
  errorToReply,
  errorToResponse,
  jsonReply,
  jsonResponse,
  problemReply,
  problemResponse,
  STORE_RETRY_AFTER_SECONDS,
} from './problem.js';
export { INTERNAL_METADATA_KEYS, publicInteraction } from './public-interaction.js';
export { parseRetryAfter } from './retry-after.js';
export type { SseMessage } from './sse.js';
export { retryWithJitter, SSE_HEADERS, serializeSse, sseHeaders } from './sse.js';
export type { StreamTokenOptions } from './stream-token.js';
export { createStreamToken, streamTokenAudience, verifyStreamToken } from './stream-token.js';
export { untilAborted } from './stream-waits.js';
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  limitStream,
  readResponseLimited,
  responseTooLarge,
} from './upstream-body.js';
export { isJsonContentType } from './webhook.js';
