import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallPlayer } from './call-player.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CallPlayer with an empty src', () => {
  it('renders no src attribute (an empty one makes the browser fetch the page), and no warning', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // E.g. `src={call.metadata.recordingUrl ?? ''}`.
    const { container } = render(<CallPlayer src="" duration={30} waveform={false} />);
    expect(container.querySelector('audio')?.hasAttribute('src')).toBe(false);
    expect(container.querySelector('.cb-player__note')?.textContent).toBe('No recording.');
    expect(error).not.toHaveBeenCalled();
  });
});
