import type { BridgeAnswer, BridgeRequest } from '@callbridge/core';

/**
 * What the adapters need of a bridge: `createCallBridge(...)` returns it. Only `serve` (or `handle`) and the
 * two limits of the runtime are used; the adapters hold no business logic.
 */
export interface HandlerBridge {
  handle(request: Request): Promise<Response>;
  /** Used when present (every bridge of `createCallBridge` has it); otherwise `handle` serves. */
  serve?(request: BridgeRequest): Promise<BridgeAnswer>;
  runtime: { basePath: string; maxBodyBytes: number };
}
