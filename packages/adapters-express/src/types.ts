import type { BridgeRequest, StreamingBridgeAnswer, StreamingBridgeRequest } from '@callbridge/core';

/**
 * What the adapters need of a bridge: `createCallBridge(...)` returns it. Only `serve` (or `handle`) and the
 * two limits of the runtime are used; the adapters hold no business logic.
 */
export interface HandlerBridge {
  handle(request: Request): Promise<Response>;
  /**
   * Used when present (every bridge of `createCallBridge` has it); otherwise `handle` serves. It is
   * given a {@link BridgeRequest} with `writesEventStreams: true`, so the SSE stream comes back as
   * an `EventStreamAnswer` that the adapter writes to the socket frame by frame.
   */
  serve?(request: StreamingBridgeRequest): Promise<StreamingBridgeAnswer>;
  runtime: { basePath: string; maxBodyBytes: number };
}
