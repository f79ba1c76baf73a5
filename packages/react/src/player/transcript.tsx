import type { TranscriptSegment } from '@callbridge/core';
import { formatDuration } from '../format.js';
import { useEffect, useRef } from '../react.js';

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

/** True when `el` is wholly inside the visible part of `list`. */
const inView = (list: HTMLElement, el: Element | undefined) => {
  if (!el) return false;
  const outer = list.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return box.top >= outer.top && box.bottom <= outer.bottom;
};

/**
 * Transcript segments; the one being played is highlighted and any segment seeks on click. The
 * list (scrolling on its own past its max-height) follows the playback: a segment that starts out
 * of view is scrolled to its top, unless the listener scrolled away from the previous one. Only
 * the list scrolls, never the page.
 */
export function Transcript({ segments, currentTime, onSeek, label = 'Transcript' }: TranscriptProps) {
  const active = activeSegmentIndex(segments, currentTime);
  const list = useRef<HTMLOListElement>(null);
  const last = useRef(-1);
  useEffect(() => {
    const ol = list.current;
    if (!ol || active < 0) return;
    const following = last.current < 0 || inView(ol, ol.children[last.current]);
    last.current = active;
    const el = ol.children[active];
    if (following && el && ol.scrollHeight > ol.clientHeight && !inView(ol, el))
      ol.scrollTop += el.getBoundingClientRect().top - ol.getBoundingClientRect().top;
  }, [active]);
  return (
    <ol ref={list} className="cb-transcript" aria-label={label}>
      {segments.map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments may repeat start, end and speaker; the list is only ever replaced whole.
        <li key={i}>
          <button
            type="button"
            className={`cb-transcript__segment${i === active ? ' cb-transcript__segment--active' : ''}`}
            aria-current={i === active ? 'true' : undefined}
            onClick={() => onSeek(segment.start)}
          >
            <span className="cb-transcript__time">{formatDuration(segment.start)}</span>
            {segment.speaker && <span className="cb-transcript__speaker">{segment.speaker}</span>}
            <span className="cb-transcript__text">{segment.text}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
