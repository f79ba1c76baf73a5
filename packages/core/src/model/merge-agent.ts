// The agent of a call: which agent the record names, and what the events said of each agent's
// fields, so the record is the same whatever order the events arrive in.
import { compareStamps, type EventStamping, present, setStamp, valueWins } from './merge-stamps.js';
import { ownValue, setOwn } from './own.js';

type Meta = Record<string, unknown>;

/**
 * Metadata key holding what the events said of every agent they named, by agent id: the fields
 * of an agent that is not (or not yet) the record's, kept so that when an event names it again
 * its name or email come back the same in any order. Bookkeeping: the calls API and the stream
 * leave it out.
 */
export const AGENTS_SEEN = 'agentsSeen';

/** The id of an agent object, or null. */
export function agentId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Meta).id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Merges a patch's agent that has an id into `out`. Each field of each agent id keeps the value
 * of the later moment of the call, then of the later event, then the larger value (`agentsSeen`,
 * stamped in `keyStamps` as `agent.<id>.<field>`). The record names the agent of the event that
 * wins the same way (on equal stamps, the larger id), with every field known of that agent, so a
 * hangup naming the agent by id and email only gets the name a ringing event gave.
 */
export function mergeAgent(out: Meta, agent: Meta, s: EventStamping): void {
  const id = agentId(agent) as string;
  const seen = seenOf(out);
  const storedId = agentId(out.agent);
  // A record from before `agentsSeen`: what it shows of its agent is what is known of it.
  if (storedId !== null && ownValue(seen, storedId) === undefined)
    setOwn(seen, storedId, fieldsOf(out.agent as Meta));
  const fields = { ...(ownValue(seen, id) ?? {}) };
  for (const [field, value] of Object.entries(agent)) {
    if (field === 'id') continue;
    const key = `agent.${id}.${field}`;
    if (!present(value)) {
      if (!(field in fields)) fields[field] = null;
    } else if (valueWins(fields[field], s.stamps[key], value, s.stamp, s.stale)) {
      fields[field] = value;
      setStamp(s.stamps, key, s.stamp);
    }
  }
  setOwn(seen, id, fields);
  let named = storedId;
  if (!present(out.agent) || storedId === null) {
    if (valueWins(out.agent, s.stamps.agent, agent, s.stamp, s.stale)) named = id;
  } else if (storedId !== id) {
    const storedStamp = s.stamps.agent;
    const order = s.stamp === null || storedStamp === undefined ? null : compareStamps(s.stamp, storedStamp);
    if (order === null ? !s.stale : order > 0 || (order === 0 && id > storedId)) named = id;
  } else if (
    s.stamp !== null &&
    (s.stamps.agent === undefined || compareStamps(s.stamp, s.stamps.agent) > 0)
  ) {
    setStamp(s.stamps, 'agent', s.stamp);
  }
  if (named === id && storedId !== id) setStamp(s.stamps, 'agent', s.stamp);
  if (named !== null) out.agent = { id: named, ...(ownValue(seen, named) ?? {}) };
  out[AGENTS_SEEN] = seen;
}

function seenOf(out: Meta): Record<string, Meta> {
  const seen = out[AGENTS_SEEN];
  return typeof seen === 'object' && seen !== null && !Array.isArray(seen)
    ? { ...(seen as Record<string, Meta>) }
    : {};
}

function fieldsOf(agent: Meta): Meta {
  const { id: _id, ...fields } = agent;
  return fields;
}
