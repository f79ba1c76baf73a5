// The tags of a call: a provider's whole tag lists and the tags events add, in any arrival order.

import { ownValue, setOwn } from './own.js';

type Meta = Record<string, unknown>;

/**
 * Metadata key holding what the tags are made of: the newest whole tag list (`list`, from an
 * event with `tagsComplete`, dated by `tagsAt`) and each tag an event added without a whole list,
 * with the time of the latest event that added it (`added`). Bookkeeping: the calls API and the
 * stream leave it out.
 */
export const TAGS_SEEN = 'tagsSeen';

interface TagsSeen {
  list: string[] | null;
  added: Record<string, string>;
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** What the record's tags are made of; a record from before `tagsSeen` is read from its tags. */
function seenOf(out: Meta): TagsSeen {
  const seen = out[TAGS_SEEN] as Partial<TagsSeen> | undefined;
  if (typeof seen === 'object' && seen !== null && typeof seen.added === 'object' && seen.added !== null)
    return { list: Array.isArray(seen.list) ? seen.list : null, added: { ...seen.added } };
  const stored = Array.isArray(out.tags) ? (out.tags as string[]) : [];
  // Before: a whole list's tags with what was added after it, or tags added alone, without
  // times: either way kept first, in their order, as a list (without `tagsAt`, any whole list
  // replaces it).
  return { list: stored, added: {} };
}

/**
 * Merges a patch's tags into `out.tags`. A whole list (`tagsAt`, from `tagsComplete`) replaces the
 * stored one when it is newer (on equal times, the larger list as JSON). A tag added without a
 * list counts when its event (`at`: the event's time, or the merge's for an upsert that is not an
 * event) is newer than the whole list, which otherwise already said whether the call has it. The
 * tags are the list's, in its order, then the added ones by time and name: the same in any
 * arrival order.
 */
export function mergeTags(out: Meta, tags: string[], tagsAt: unknown, at: string, fromEvent: boolean): void {
  const seen = seenOf(out);
  if (typeof tagsAt === 'string') {
    const storedAt = typeof out.tagsAt === 'string' ? out.tagsAt : null;
    const list = [...new Set(tags)];
    const newer =
      storedAt === null ||
      seen.list === null ||
      time(tagsAt) > time(storedAt) ||
      (time(tagsAt) === time(storedAt) && JSON.stringify(list) > JSON.stringify(seen.list));
    if (newer) {
      seen.list = list;
      out.tagsAt = tagsAt;
    }
  } else {
    const shownAfter = typeof out.tagsAt === 'string' && seen.list !== null ? time(out.tagsAt) : null;
    for (const tag of tags) {
      const stored = ownValue(seen.added, tag);
      // An upsert that is not an event dates a tag it adds, and one a newer whole list dropped
      // when that brings it back; never one shown already: the same upsert again changes nothing.
      const hidden =
        stored !== undefined &&
        shownAfter !== null &&
        !(seen.list ?? []).includes(tag) &&
        time(stored) <= shownAfter &&
        time(at) > shownAfter;
      if (stored === undefined || (fromEvent ? time(at) > time(stored) : hidden)) setOwn(seen.added, tag, at);
    }
  }
  const listAt = typeof out.tagsAt === 'string' && seen.list !== null ? time(out.tagsAt) : null;
  const list = seen.list ?? [];
  const added = Object.entries(seen.added)
    .filter(([tag, addedAt]) => !list.includes(tag) && (listAt === null || time(addedAt) > listAt))
    .sort(([a, aAt], [b, bAt]) => time(aAt) - time(bAt) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag]) => tag);
  out.tags = [...list, ...added];
  out[TAGS_SEEN] = seen;
}
