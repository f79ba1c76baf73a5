import { normalizePhone, type PartyNumber, type Tenant } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { failureText, jsonAnswer, noContent, OVER_BUDGET, withinBudget } from './budget.js';
import type { SyncContext } from './caller-card.js';

/** One agent (or external number) of a smart-routing plan. Flags are 0/1 as Ringover expects. */
export interface RingoverRoutingAgent {
  agent_type: string;
  number: number;
  ring_duration?: number;
  ring_delay?: number;
  order?: number;
  is_pre_answer?: 0 | 1;
  is_caller_id?: 0 | 1;
  is_head_line?: 0 | 1;
}

/** A smart-routing plan (field names and 0/1 flags as Ringover's SDK serializes them). */
export interface RingoverRoutingPlan {
  name?: string;
  dispatch?: string;
  max_attempts?: number;
  start_delay?: number;
  is_stay_not_connected?: 0 | 1;
  is_stay_in_call?: 0 | 1;
  is_stay_planned_snoozed?: 0 | 1;
  is_stay_snoozed?: 0 | 1;
  ring_overlap?: 0 | 1;
  agents: RingoverRoutingAgent[];
}

/** What a routing function is asked. Numbers come with their E.164 form. */
export interface RingoverRoutingRequest {
  tenant: Tenant;
  callId: string | null;
  channelId: string | null;
  direction: 'inbound' | 'outbound' | null;
  from: PartyNumber;
  to: PartyNumber;
}

/** Decides where a call rings; null keeps Ringover's own routing (answered 204). */
export type RingoverRoutingFunction = (
  request: RingoverRoutingRequest,
) => Promise<RingoverRoutingPlan | null>;

/**
 * Answers `call/routing`: 204 unless the integrator supplied a routing function, else its plan
 * (within the budget; late, failing or null → 204 so Ringover falls back to its own routing).
 */
export async function answerRouting(
  event: RingoverEventOf<'call/routing'>,
  tenant: Tenant,
  ctx: SyncContext,
  routing: RingoverRoutingFunction | undefined,
): Promise<Response> {
  if (!routing) return noContent();
  const d = event.data;
  const request: RingoverRoutingRequest = {
    tenant,
    callId: d.call_id ?? null,
    channelId: d.channel_id ?? null,
    direction: d.direction,
    from: normalizePhone(d.from_number ?? null),
    to: normalizePhone(d.to_number ?? null),
  };
  try {
    const plan = await withinBudget(() => routing(request), ctx.budgetMs, ctx.signal);
    if (plan === OVER_BUDGET) {
      ctx.logger.warn('ringover: routing function exceeded its budget; answered 204', {
        budgetMs: ctx.budgetMs,
      });
      return noContent();
    }
    return plan ? jsonAnswer(plan) : noContent();
  } catch (error) {
    ctx.logger.error('ringover: routing function failed; answered 204', {
      error: failureText(error, [d.from_number, d.to_number, request.from.e164, request.to.e164]),
    });
    return noContent();
  }
}
