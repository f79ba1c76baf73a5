import type { BridgeAnswer, BridgeRequest } from '@callbridge/core';

/**
 * What the adapters need of a bridge: `createCallBridge(...)` returns it. Only `serve` and the
 * two limits of the runtime are used; the adapters hold no business logic.
 */
export interface HandlerBridge {
  handle(request: Request): Promise<Response>;
  serve(request: BridgeRequest): Promise<BridgeAnswer>;
  runtime: { basePath: string; maxBodyBytes: number };
}
