/**
 * What the adapters need of a bridge: `createCallBridge(...)` returns it. Only `handle` and the
 * two limits of the runtime are used; the adapters hold no business logic.
 */
export interface HandlerBridge {
  handle(request: Request): Promise<Response>;
  runtime: { basePath: string; maxBodyBytes: number };
}
