import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from './transcript.js';

afterEach(cleanup);

const segments = Array.from({ length: 10 }, (_, i) => ({
  speaker: i % 2 ? 'Caller' : 'Agent',
  start: i * 3,
  end: i * 3 + 3,
  text: `Sentence ${i}.`,
}));

/**
 * happy-dom has no layout: the list is 120 px high at y = 100 and scrolls its own content; each
 * segment is 40 px high, or as `heights` says. Returns the list.
 */
function layOut(list: HTMLElement, heights: number[] = []) {
  let scrollTop = 0;
  const h = (i: number) => heights[i] ?? 40;
  const y = (i: number) => Array.from({ length: i }, (_, j) => h(j)).reduce((a, b) => a + b, 0);
  Object.defineProperty(list, 'scrollTop', {
    configurable: true,
    get: () => scrollTop,
    set: (v: number) => {
      scrollTop = Math.max(0, Math.min(v, 400 - 120));
    },
  });
  Object.defineProperty(list, 'clientHeight', { configurable: true, value: 120 });
  Object.defineProperty(list, 'scrollHeight', { configurable: true, value: 400 });
  list.getBoundingClientRect = () => new DOMRect(0, 100, 300, 120);
  for (const [i, li] of [...list.children].entries())
    li.getBoundingClientRect = () => new DOMRect(0, 100 + y(i) - scrollTop, 300, h(i));
  return list;
}

describe('Transcript', () => {
  it('scrolls its own list to the segment being played, unless the listener scrolled away', () => {
    const view = (time: number) => <Transcript segments={segments} currentTime={time} onSeek={() => {}} />;
    const { rerender } = render(view(0));
    const list = layOut(screen.getByRole('list', { name: 'Transcript' }));
    rerender(view(4));
    expect(list.scrollTop).toBe(0);
    // Segment 3 (y 220..260) is below the list's view (100..220): it comes to the top.
    rerender(view(10));
    expect(list.scrollTop).toBe(120);
    rerender(view(13));
    expect(list.scrollTop).toBe(120);
    rerender(view(16));
    expect(list.scrollTop).toBe(120);
    rerender(view(19));
    expect(list.scrollTop).toBe(240);
    // The listener scrolls back up to read: the list no longer follows the playback.
    list.scrollTop = 0;
    rerender(view(22));
    rerender(view(25));
    expect(list.scrollTop).toBe(0);
    // Once the segment being played is in view again (e.g. a click on one), it follows again.
    rerender(view(1));
    rerender(view(12));
    expect(list.scrollTop).toBe(160);
  });

  it('keeps following past a segment taller than the list', () => {
    const view = (time: number) => <Transcript segments={segments} currentTime={time} onSeek={() => {}} />;
    const { rerender } = render(view(0));
    // Segment 3 is 200 px high (y 120..320 in the list): it never fits the 120 px of the view.
    const list = layOut(screen.getByRole('list', { name: 'Transcript' }), [40, 40, 40, 200]);
    rerender(view(10));
    expect(list.scrollTop).toBe(120);
    // Segment 4 starts at 320: the listener did not scroll away, so the list follows.
    rerender(view(13));
    expect(list.scrollTop).toBe(280);
  });
});
