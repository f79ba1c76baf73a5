import type { TranscriptSegment } from '@callbridge/core';
import { formatDuration } from '../format.js';
import { useEffect, useMemo, useRef } from '../react.js';

/** Index of the segment playing at `time` (start ≤ time < end), or -1. */
export function activeSegmentIndex(segments: readonly TranscriptSegment[], time: number): number {
  return segments.findIndex((s) => time >= s.start && time < s.end);
}

/** Props of {@link Transcript}. */
export interface TranscriptProps {
  segments: readonly TranscriptSegment[];
  currentTime: number;
  onSeek(time: number): void;
  label?: string;
}

/**
 * Transcript segments; the one being played is highlighted and any segment seeks on click. The
 * list (scrolling on its own past its max-height) follows the playback: a segment that starts out
 * of view is scrolled to its top, unless the listener scrolled the previous one wholly out of view.
 * Only the list scrolls (its `scrollTop`), never the page.
 */
export function Transcript({ segments, currentTime, onSeek, label = 'Transcript' }: TranscriptProps) {
  const active = activeSegmentIndex(segments, currentTime);
  const list = useRef<HTMLOListElement>(null);
  const last = useRef(-1);
  useEffect(() => {
    const ol = list.current;
    const el = ol?.children[active];
    if (!el) return;
    const { top, bottom } = ol.getBoundingClientRect();
    // Following while the segment played before is at least partly in view (it may be taller than the list).
    const prev = ol.children[last.current]?.getBoundingClientRect();
    last.current = active;
    const box = el.getBoundingClientRect();
    if ((!prev || (prev.bottom > top && prev.top < bottom)) && (box.top < top || box.bottom > bottom))
      ol.scrollTop += box.top - top;
  }, [active]);
  // A 2-hour call has thousands of segments: they render again when the one being played changes,
  // not on every time update (about 4 a second); a click seeks with the latest onSeek.
  const seek = useRef(onSeek);
  seek.current = onSeek;
  const rows = useMemo(
    () =>
      segments.map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments may repeat start, end and speaker; the list is only ever replaced whole.
        <li key={i}>
          <button
            type="button"
            className={`cb-transcript__segment${i === active ? ' cb-transcript__segment--active' : ''}`}
            aria-current={i === active ? 'true' : undefined}
            onClick={() => seek.current(segment.start)}
          >
            <span className="cb-transcript__time">{formatDuration(segment.start)}</span>
            {segment.speaker && <span className="cb-transcript__speaker">{segment.speaker}</span>}
            <span className="cb-transcript__text">{segment.text}</span>
          </button>
        </li>
      )),
    [segments, active],
  );
  return (
    <ol ref={list} className="cb-transcript" aria-label={label}>
      {rows}
    </ol>
  );
}
