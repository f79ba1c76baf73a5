import type { CallLogLeg, CallLogRecord, CallLogRecording } from './schema.js';

/**
 * A recording of a call other than the one its record is keyed on and downloads, as listed in
 * the record's `metadata.otherRecordings` (a RingCentral call with several recorded legs, e.g.
 * after a transfer). Not downloaded: `url` is the media `contentUri`, fetched with the platform's
 * bearer token.
 */
export interface OtherRecording {
  /** RingCentral's recording id (RingSense's `sourceRecordId` of that recording). */
  id: string;
  /** The media `contentUri`. */
  url: string;
  /** Always true: the platform's bearer token is needed. */
  requiresAuth: true;
  /** RingCentral's recording type: `Automatic` or `OnDemand`. */
  recordingType: string | null;
  /** `legType` of the first leg that carries it (`Accept`, `TransferCall`...). */
  legType: string | null;
  /** Start of the first leg that carries it (ISO). */
  startedAt: string | null;
  /** From that start to the end of the last leg that carries it, in seconds. */
  durationSeconds: number | null;
}

/** The recordings of a call-log record: the main one and the others, each once. */
export interface CallRecordings {
  /** The record's own `recording`, else the longest recorded leg's; null when none has one. */
  main: CallLogRecording | null;
  /** The other recordings of its legs, by start time then id. */
  others: OtherRecording[];
}

/** One recording of the legs, with the time span of the legs that carry it. */
interface LegRecording {
  recording: CallLogRecording;
  legType: string | null;
  startMs: number | null;
  endMs: number | null;
  /** The longest leg duration, for a recording whose legs have no start time. */
  longestLegMs: number | null;
}

const startOf = (leg: CallLogLeg): number | null => {
  const ms = leg.startTime ? Date.parse(leg.startTime) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
};

/** Numeric ids compare as numbers (`100` > `99`), others as text: the same order every time. */
export function compareRecordingIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier start first (a leg without one last); on a tie, by leg type then URL. */
function compareLegs(a: CallLogLeg, b: CallLogLeg): number {
  const sa = startOf(a);
  const sb = startOf(b);
  if (sa !== sb) return sa === null ? 1 : sb === null ? -1 : sa - sb;
  const text = (leg: CallLogLeg) => `${leg.legType ?? ''}\u0000${leg.recording?.contentUri ?? ''}`;
  return text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
}

/** The legs' recordings, one per recording id (a recording shown on two legs spans both). */
function legRecordings(legs: readonly CallLogLeg[]): LegRecording[] {
  const byId = new Map<string, CallLogLeg[]>();
  for (const leg of legs) {
    if (!leg.recording) continue;
    const list = byId.get(leg.recording.id) ?? [];
    list.push(leg);
    byId.set(leg.recording.id, list);
  }
  return [...byId.values()].map((carrying) => {
    const sorted = [...carrying].sort(compareLegs);
    const first = sorted[0] as CallLogLeg;
    let startMs: number | null = null;
    let endMs: number | null = null;
    let longestLegMs: number | null = null;
    for (const leg of sorted) {
      const start = startOf(leg);
      const length = typeof leg.duration === 'number' ? leg.duration * 1000 : null;
      if (length !== null) longestLegMs = Math.max(longestLegMs ?? 0, length);
      if (start === null) continue;
      startMs = startMs === null ? start : Math.min(startMs, start);
      if (length !== null) endMs = Math.max(endMs ?? start + length, start + length);
    }
    return {
      recording: first.recording as CallLogRecording,
      legType: first.legType ?? null,
      startMs,
      endMs,
      longestLegMs,
    };
  });
}

/** How long the legs that carry a recording last, in ms, or null when they do not say. */
function lengthOf(r: LegRecording): number | null {
  if (r.startMs !== null && r.endMs !== null) return r.endMs - r.startMs;
  return r.longestLegMs;
}

/** The longest first; on a tie the later start, then the larger id. */
function compareForMain(a: LegRecording, b: LegRecording): number {
  const la = lengthOf(a) ?? -1;
  const lb = lengthOf(b) ?? -1;
  if (la !== lb) return lb - la;
  const sa = a.startMs ?? Number.NEGATIVE_INFINITY;
  const sb = b.startMs ?? Number.NEGATIVE_INFINITY;
  if (sa !== sb) return sb - sa;
  return compareRecordingIds(b.recording.id, a.recording.id);
}

/** By start (a recording without one last), then id. */
function compareForList(a: LegRecording, b: LegRecording): number {
  if (a.startMs !== b.startMs) {
    if (a.startMs === null) return 1;
    if (b.startMs === null) return -1;
    return a.startMs - b.startMs;
  }
  return compareRecordingIds(a.recording.id, b.recording.id);
}

function listed(r: LegRecording): OtherRecording {
  const length = lengthOf(r);
  return {
    id: r.recording.id,
    url: r.recording.contentUri,
    requiresAuth: true,
    recordingType: r.recording.type ?? null,
    legType: r.legType,
    startedAt: r.startMs === null ? null : new Date(r.startMs).toISOString(),
    durationSeconds: length === null ? null : length / 1000,
  };
}

/** The record's own recording as one that spans the call (no leg shows it). */
function ownSpan(record: CallLogRecord, recording: CallLogRecording): LegRecording {
  const start = Date.parse(record.startTime);
  const startMs = Number.isFinite(start) ? start : null;
  const length = typeof record.duration === 'number' ? record.duration * 1000 : null;
  return {
    recording,
    legType: null,
    startMs,
    endMs: startMs !== null && length !== null ? startMs + length : null,
    longestLegMs: length,
  };
}

/**
 * The recordings of a call-log record, read from the record and, in the Detailed view, its legs
 * (a transferred call may be recorded on a later leg only, or on several legs). The main one, which
 * keys the record and is downloaded, is the record's own `recording` when it has one (RingSense
 * keys that recording's insights on its id, and records polled before legs were read are keyed on
 * it); otherwise the recording whose legs last longest (on a tie the later one, then the larger
 * id). Every other recording is listed once: a leg that repeats the main one, or another leg's,
 * is not counted twice. The result does not depend on the order of the legs. `keep` names the
 * main recording of an earlier read of the row: while the row still lists it, it stays the main
 * one, so a recording added to the row later never re-keys the call (the record's own recording
 * is then listed among the others, spanning the call when no leg shows it).
 */
export function callRecordings(record: CallLogRecord, keep: string | null = null): CallRecordings {
  const fromLegs = legRecordings(record.legs ?? []);
  const own = record.recording ?? null;
  // `keep`: the recording an earlier read of this row keyed its record on, while it is still listed
  const kept =
    keep === null
      ? null
      : own?.id === keep
        ? own
        : (fromLegs.find((r) => r.recording.id === keep)?.recording ?? null);
  const main = kept ?? own ?? [...fromLegs].sort(compareForMain)[0]?.recording ?? null;
  // the record's own recording, when a kept one keys the call and no leg shows it, spans the call
  const ownAlone = own && !fromLegs.some((r) => r.recording.id === own.id) ? [ownSpan(record, own)] : [];
  const others = [...fromLegs, ...ownAlone]
    .filter((r) => r.recording.id !== main?.id)
    .sort(compareForList)
    .map(listed);
  return { main, others };
}
