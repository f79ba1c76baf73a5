import type { Agent, CallEventInput, PartyNumber } from '@callbridge/core';
import type { RingoverUser } from '../schema/parties.js';

/**
 * ISO-8601 of epoch seconds; null when absent or beyond what a Date holds (a time computed from
 * an absurd duration, say), instead of `toISOString()` throwing.
 */
export function isoOf(seconds: number | null | undefined): string | null {
  if (seconds == null || !Number.isFinite(seconds)) return null;
  const date = new Date(Math.round(seconds * 1000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * A number as Ringover sent it: international digits without "+" ("33612345678"), kept as the
 * raw value, with "+" and those digits as the provider's `e164`. Ingest keeps that `e164` when it
 * is a valid number, instead of reading the digits as a national number of the bridge's
 * `defaultRegion` (in a DE bridge, "33612345678" would be +49 33612345678); anything else (a short
 * internal number, a word, digits from 0) is left to ingest's own reading of the raw value.
 */
export function partyOf(raw: string | null | undefined): PartyNumber {
  const text = raw?.trim();
  if (!text) return { raw: null, e164: null };
  return { raw: text, e164: /^[1-9]\d{6,14}$/.test(text) ? `+${text}` : null };
}

/**
 * The dedupe key of one Ringover delivery: resource + event + call_id (+ channel_id). The retry
 * counter `attempt` is left out on purpose, so a retried delivery is a duplicate.
 */
export function ringoverDeliveryId(
  resource: string,
  event: string,
  callId: string,
  channelId?: string | null,
): string {
  return channelId ? `${resource}:${event}:${callId}:${channelId}` : `${resource}:${event}:${callId}`;
}

/**
 * Events an agent can send several times for one call (each edit of the after-call comment or
 * tags is a new delivery). Every other call event happens once per call and channel.
 */
const REPEATABLE_EVENTS = new Set(['aftercall:comments_updated', 'aftercall:tags_updated']);

/**
 * What identifies one delivery of a call event: provider, tenant, call, channel and dedupe key.
 * For a repeatable event (`comments_updated`, `tags_updated`) the envelope `timestamp` is appended
 * (`…@<timestamp>`), so a later edit is a new delivery while a retry of the same one (same
 * timestamp, higher `attempt`) stays a duplicate.
 */
export function callIdentity(
  event: {
    resource: string;
    event: string;
    timestamp?: number | null;
    data: { channel_id?: string | null };
  },
  tenantId: string,
  callId: string,
): Pick<CallEventInput, 'provider' | 'tenantId' | 'sourceRecordId' | 'sourceSessionId' | 'deliveryId'> {
  const channelId = event.data.channel_id;
  const base = ringoverDeliveryId(event.resource, event.event, callId, channelId);
  const edit = REPEATABLE_EVENTS.has(`${event.resource}:${event.event}`) && event.timestamp != null;
  return {
    provider: 'ringover',
    tenantId,
    sourceRecordId: callId,
    sourceSessionId: channelId ?? null,
    deliveryId: edit ? `${base}@${event.timestamp}` : base,
  };
}

/**
 * A Ringover user id in one form: `USER22673838` (seen on some webhooks) is user `22673838`, as
 * the other events and the REST API name it, so every event of a call names the same agent.
 */
export function ringoverUserId(id: string | null | undefined): string | null {
  if (id == null) return null;
  return /^USER\d+$/i.test(id) ? id.slice(4) : id;
}

/** The agent of a call from `user` (`user_id` or `userId`) or the bare `user_id`. */
export function agentOf(
  user: RingoverUser | null | undefined,
  userId: string | null | undefined,
): Agent | null {
  const id = ringoverUserId(user?.userId ?? userId ?? null);
  const name = [user?.firstname, user?.lastname].filter((s): s is string => !!s).join(' ');
  if (id === null && !name && !user?.email) return null;
  return { id, name: name || null, email: user?.email ?? null };
}

/** Direction, with Ringover's `is_internal` flag taking precedence. */
export function directionOf(
  direction: 'inbound' | 'outbound' | null,
  isInternal: boolean | null | undefined,
): CallEventInput['direction'] {
  return isInternal ? 'internal' : direction;
}

/** Drops null/undefined values so `extra` stays flat and sparse. */
export function compact(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record))
    if (value !== null && value !== undefined) out[key] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}
