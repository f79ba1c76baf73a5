import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Transcript } from './transcript.js';

afterEach(cleanup);

/** A 2-hour call: 2400 segments of 3 s. `reads` counts how often a segment's text is rendered. */
function longTranscript() {
  const counter = { reads: 0 };
  const segments = Array.from({ length: 2400 }, (_, i) => {
    const segment = { speaker: i % 2 ? 'Caller' : 'Agent', start: i * 3, end: i * 3 + 3, text: '' };
    Object.defineProperty(segment, 'text', {
      get: () => {
        counter.reads += 1;
        return `Sentence ${i}.`;
      },
    });
    return segment;
  });
  return { segments, counter };
}

describe('Transcript of a long call', () => {
  it('renders its segments again only when the segment being played changes, not on every time update', () => {
    const { segments, counter } = longTranscript();
    const onSeek = vi.fn();
    const view = (time: number, seek: (time: number) => void = onSeek) => (
      <Transcript segments={segments} currentTime={time} onSeek={seek} />
    );
    const { rerender } = render(view(0));
    counter.reads = 0;
    // An <audio> fires timeupdate about 4 times a second; the player passes a new onSeek each render.
    for (const time of [0.25, 0.5, 0.75, 1, 1.25]) rerender(view(time, (t) => onSeek(t)));
    expect(counter.reads).toBe(0);
    rerender(view(3.25, (t) => onSeek(t)));
    expect(screen.getByText('Sentence 1.').closest('button')?.getAttribute('aria-current')).toBe('true');
    // A click seeks with the latest onSeek.
    const latest = vi.fn();
    rerender(view(3.5, latest));
    fireEvent.click(screen.getByText('Sentence 7.'));
    expect(latest).toHaveBeenCalledWith(21);
  });
});
