/**
 * BullMQ refuses custom job ids that are integers or contain `:`, and queue names that contain
 * `:`. callbridge ids (`recording:<tenant>:<call>`) often do, so they are stored encoded and
 * decoded again before a handler sees them.
 */
const ID_PREFIX = 'cb-';

/** The BullMQ job id of a callbridge job id. */
export function encodeJobId(id: string): string {
  return ID_PREFIX + encodeURIComponent(id);
}

/** The callbridge job id of a BullMQ job id (BullMQ's own numeric ids pass through). */
export function decodeJobId(id: string | undefined): string {
  if (id === undefined) return '';
  if (!id.startsWith(ID_PREFIX)) return id;
  try {
    return decodeURIComponent(id.slice(ID_PREFIX.length));
  } catch {
    return id;
  }
}

/** The BullMQ queue name of the jobs named `name` (one queue per job name). */
export function queueNameOf(base: string, name: string): string {
  return `${base}-${encodeURIComponent(name)}`;
}
