import { CallbridgeError, isCallbridgeError } from '../errors.js';
import type { BridgeRuntime } from '../runtime.js';
import { requirePrincipal } from './auth.js';
import { parseGetQuery, parseListQuery, parseStatsQuery } from './calls-query.js';
import { jsonResponse } from './problem.js';
import { servedContext, withoutInternalKeys } from './public-interaction.js';

/** Runs a store call; a failure that is not already a CallbridgeError becomes a 503. */
export async function guardStore<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isCallbridgeError(error)) throw error;
    throw new CallbridgeError('store_unavailable', `${what} is unavailable.`, {
      cause: error,
      hint: 'Retry after the delay in Retry-After; check the store connection if it persists.',
    });
  }
}

/** GET /calls: the tenant's interactions, newest first, filtered and cursor-paged. */
export async function handleListCalls(runtime: BridgeRuntime, request: Request, url: URL): Promise<Response> {
  const { tenantId } = await requirePrincipal(runtime, request);
  const { filter, limit, cursor } = parseListQuery(url);
  const page = await guardStore('The interaction store', () =>
    runtime.interactions.list(tenantId, filter, { limit, cursor }),
  );
  const context = servedContext(runtime);
  const items = page.items
    .filter((item) => item.tenantId === tenantId)
    .map((item) => withoutInternalKeys(item, context));
  return jsonResponse({ items, nextCursor: page.nextCursor });
}

/** GET /calls/stats: totals, directions, outcomes, average duration and a per-day series. */
export async function handleCallStats(runtime: BridgeRuntime, request: Request, url: URL): Promise<Response> {
  const { tenantId } = await requirePrincipal(runtime, request);
  const range = parseStatsQuery(url, runtime.now());
  const stats = await guardStore('The interaction store', () => runtime.interactions.stats(tenantId, range));
  return jsonResponse({ ...stats, from: range.from, to: range.to });
}

/** GET /calls/:id: one interaction with its insights; 404 when missing or another tenant's. */
export async function handleGetCall(
  runtime: BridgeRuntime,
  request: Request,
  url: URL,
  id: string,
): Promise<Response> {
  const { tenantId } = await requirePrincipal(runtime, request);
  parseGetQuery(url);
  // No stored id is this long or holds a control character: not found, without asking the store
  // (a NUL makes SQL stores fail, which would read as an outage).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  const impossible = id.length > 200 || /[\u0000-\u001f\u007f]/.test(id);
  const interaction = impossible
    ? null
    : await guardStore('The interaction store', () => runtime.interactions.get(tenantId, id));
  if (!interaction || interaction.tenantId !== tenantId) {
    throw new CallbridgeError('not_found', 'No call with this id.', {
      hint: 'Check the id; calls of other tenants are never visible.',
    });
  }
  return jsonResponse(withoutInternalKeys(interaction, servedContext(runtime)));
}
