import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallPlayer } from './call-player.js';
import { loadWaveSurfer } from './load-wavesurfer.js';
import { activeSegmentIndex } from './transcript.js';

afterEach(cleanup);

vi.mock('./load-wavesurfer.js', () => ({ loadWaveSurfer: vi.fn() }));
const load = vi.mocked(loadWaveSurfer);

const transcript = [
  { speaker: 'Agent', start: 0, end: 4, text: 'Hello, callbridge support.' },
  { speaker: 'Caller', start: 4, end: 9.5, text: 'My invoice is wrong.' },
  { speaker: 'Agent', start: 12, end: 15, text: 'Let me check.' },
];

const audioOf = (container: HTMLElement) => container.querySelector('audio') as HTMLAudioElement;

function fakeWaveSurfer() {
  const instance = { on: vi.fn(() => () => {}), destroy: vi.fn() };
  const create = vi.fn((_options: Record<string, unknown>) => instance);
  load.mockResolvedValue({ default: { create } });
  return { create, instance };
}

beforeEach(() => {
  load.mockReset();
  load.mockRejectedValue(new Error("Cannot find module 'wavesurfer.js'"));
});

describe('CallPlayer', () => {
  it("sets the audio element's playbackRate from the speed buttons", async () => {
    const { container } = render(<CallPlayer src="https://cdn.test/a.mp3" duration={20} />);
    const audio = audioOf(container);
    fireEvent.click(screen.getByRole('button', { name: '1.5×' }));
    expect(audio.playbackRate).toBe(1.5);
    expect(screen.getByRole('button', { name: '1.5×' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '0.5×' }));
    expect(audio.playbackRate).toBe(0.5);
    expect(screen.getByRole('button', { name: '1.5×' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group', { name: 'Playback speed' })).toBeTruthy();
  });

  it('formats the speeds and the sentiment score for its locale (English by default)', () => {
    render(
      <CallPlayer
        src="https://cdn.test/a.mp3"
        locale="fr-FR"
        speeds={[0.75, 1.5]}
        sentiment={{ label: 'positive', score: 0.5 }}
        labels={{ sentiment: 'Ressenti', positive: 'positif' }}
      />,
    );
    expect(screen.getByRole('button', { name: '0,75×' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '1,5×' })).toBeTruthy();
    expect(screen.getByTitle('Ressenti: positif (0,50)')).toBeTruthy();
    cleanup();
    render(<CallPlayer src="https://cdn.test/a.mp3" sentiment={{ label: 'positive', score: 0.5 }} />);
    expect(screen.getByRole('button', { name: '1.5×' })).toBeTruthy();
    expect(screen.getByTitle('Sentiment: positive (0.50)')).toBeTruthy();
  });

  it('highlights the segment being played and seeks when a segment is clicked', () => {
    const { container } = render(<CallPlayer src="https://cdn.test/a.mp3" transcript={transcript} />);
    const audio = audioOf(container);
    const segment = (text: string) => screen.getByText(text).closest('button') as HTMLButtonElement;
    audio.currentTime = 5.2;
    fireEvent.timeUpdate(audio);
    expect(segment('My invoice is wrong.').getAttribute('aria-current')).toBe('true');
    expect(segment('Hello, callbridge support.').getAttribute('aria-current')).toBeNull();
    audio.currentTime = 10;
    fireEvent.timeUpdate(audio);
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(0);
    fireEvent.click(segment('Let me check.'));
    expect(audio.currentTime).toBe(12);
    expect(segment('Let me check.').getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('list', { name: 'Transcript' })).toBeTruthy();
  });

  it('plays, pauses and skips from the keyboard', () => {
    const { container } = render(<CallPlayer src="https://cdn.test/a.mp3" duration={30} />);
    const audio = audioOf(container);
    const player = screen.getByRole('group', { name: 'Call recording' });
    fireEvent.keyDown(player, { key: ' ' });
    expect(audio.paused).toBe(false);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(player, { key: 'ArrowRight' });
    fireEvent.keyDown(player, { key: 'ArrowRight' });
    expect(audio.currentTime).toBe(10);
    fireEvent.keyDown(player, { key: 'ArrowLeft' });
    expect(audio.currentTime).toBe(5);
    fireEvent.keyDown(player, { key: 'ArrowLeft' });
    fireEvent.keyDown(player, { key: 'ArrowLeft' });
    expect(audio.currentTime).toBe(0);
    fireEvent.keyDown(player, { key: ' ' });
    expect(audio.paused).toBe(true);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('leaves shortcuts with a modifier to the browser (Alt+← is Back)', () => {
    const { container } = render(<CallPlayer src="https://cdn.test/a.mp3" duration={30} />);
    const audio = audioOf(container);
    const player = screen.getByRole('group', { name: 'Call recording' });
    audio.currentTime = 10;
    for (const modifier of [{ altKey: true }, { ctrlKey: true }, { metaKey: true }]) {
      expect(fireEvent.keyDown(player, { key: 'ArrowLeft', ...modifier })).toBe(true);
      expect(fireEvent.keyDown(player, { key: ' ', ...modifier })).toBe(true);
    }
    expect(audio.currentTime).toBe(10);
    expect(audio.paused).toBe(true);
  });

  it('asks getUrl again once when the signed URL fails, resuming where it was', async () => {
    const getUrl = vi
      .fn()
      .mockResolvedValueOnce('https://cdn.test/a.mp3?sig=1')
      .mockResolvedValue('https://cdn.test/a.mp3?sig=2');
    const { container } = render(<CallPlayer getUrl={getUrl} duration={30} />);
    const audio = audioOf(container);
    await waitFor(() => expect(audio.getAttribute('src')).toBe('https://cdn.test/a.mp3?sig=1'));
    fireEvent.click(screen.getByRole('button', { name: '2×' }));
    audio.currentTime = 7;
    fireEvent.error(audio);
    await waitFor(() => expect(audio.getAttribute('src')).toBe('https://cdn.test/a.mp3?sig=2'));
    expect(getUrl).toHaveBeenCalledTimes(2);
    audio.currentTime = 0;
    fireEvent.loadedMetadata(audio);
    expect(audio.currentTime).toBe(7);
    expect(audio.playbackRate).toBe(2);
    // A second failure before anything loaded: give up instead of looping.
    fireEvent.error(audio);
    await act(async () => {});
    fireEvent.error(audio);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(getUrl).toHaveBeenCalledTimes(3);
  });

  it('shows the error and disables Play when getUrl returns the URL that just failed', async () => {
    const getUrl = vi.fn(() => '/api/recordings/1');
    const { container } = render(<CallPlayer getUrl={getUrl} waveform={false} />);
    const audio = audioOf(container);
    await waitFor(() => expect(audio.getAttribute('src')).toBe('/api/recordings/1'));
    fireEvent.error(audio);
    expect((await screen.findByRole('alert')).textContent).toBe('The recording cannot be played.');
    expect(getUrl).toHaveBeenCalledTimes(2);
    expect(
      (screen.getByRole('button', { name: 'The recording cannot be played.' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('says there is no recording (not an error), on a disabled Play, without a URL; plays once a URL comes', () => {
    const play = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
    for (const src of [undefined, null, '']) {
      const { container, rerender } = render(<CallPlayer src={src} duration={30} waveform={false} />);
      const audio = audioOf(container);
      // A call whose recording is still downloading (or that has none) shows its transcript this way.
      expect(play('No recording.').disabled).toBe(true);
      expect(container.querySelector('.cb-player__note')?.textContent).toBe('No recording.');
      expect(container.querySelector('.cb-player__error')).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();
      fireEvent.keyDown(screen.getByRole('group', { name: 'Call recording' }), { key: ' ' });
      expect(audio.paused).toBe(true);
      rerender(<CallPlayer src="https://cdn.test/a.mp3" duration={30} waveform={false} />);
      expect(play('Play').disabled).toBe(false);
      expect(container.querySelector('.cb-player__note')).toBeNull();
      fireEvent.click(play('Play'));
      expect(audio.paused).toBe(false);
      cleanup();
    }
  });

  it('never shows or announces a failure when the recording comes after "No recording."', async () => {
    // A call shown while its recording is still downloading gets its src (or getUrl) later: no
    // render on the way may say it failed (an alert, or Play named by the error) and take it back.
    for (const later of [
      { src: 'https://cdn.test/a.mp3' },
      { getUrl: async () => 'https://cdn.test/b.mp3?sig=1' },
    ]) {
      const { container, rerender } = render(<CallPlayer duration={30} waveform={false} />);
      const seen: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (record.type === 'attributes' && target.getAttribute) {
            seen.push(`${record.attributeName}=${target.getAttribute(record.attributeName ?? '')}`);
          }
          for (const node of [record.target, ...record.addedNodes]) seen.push(`text=${node.textContent}`);
        }
      });
      observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
      rerender(<CallPlayer {...later} duration={30} waveform={false} />);
      await waitFor(() => expect(audioOf(container).getAttribute('src')).toMatch(/^https:\/\/cdn\.test\//));
      observer.disconnect();
      expect(seen.filter((entry) => entry === 'role=alert' || entry.includes('cannot be played'))).toEqual(
        [],
      );
      expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
      expect(container.querySelector('.cb-player__note, .cb-player__error')).toBeNull();
      cleanup();
    }
  });

  it('after a media error while playing: a disabled ▶ named as the error says; a new src plays', async () => {
    const { container, rerender } = render(<CallPlayer src="https://cdn.test/gone.mp3" waveform={false} />);
    const audio = audioOf(container);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.error(audio);
    expect((await screen.findByRole('alert')).textContent).toBe('The recording cannot be played.');
    const button = screen.getByRole('button', {
      name: 'The recording cannot be played.',
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('▶');
    rerender(<CallPlayer src="https://cdn.test/a.mp3" waveform={false} />);
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(audio.getAttribute('src')).toBe('https://cdn.test/a.mp3');
  });

  it('is unavailable when getUrl gives no URL, and tries again when retryKey changes', async () => {
    const getUrl = vi.fn().mockResolvedValueOnce('').mockResolvedValue('https://cdn.test/a.mp3?sig=1');
    const { container, rerender } = render(
      <CallPlayer getUrl={getUrl} retryKey="downloading" waveform={false} />,
    );
    const audio = audioOf(container);
    expect((await screen.findByRole('alert')).textContent).toBe('The recording cannot be played.');
    expect(
      (screen.getByRole('button', { name: 'The recording cannot be played.' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(audio.hasAttribute('src')).toBe(false);
    rerender(<CallPlayer getUrl={getUrl} retryKey="stored" waveform={false} />);
    await waitFor(() => expect(audio.getAttribute('src')).toBe('https://cdn.test/a.mp3?sig=1'));
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('starts afresh when the recording URL changes: paused, at 0, with the new duration', async () => {
    const { container, rerender } = render(<CallPlayer src="https://cdn.test/a.mp3" waveform={false} />);
    const audio = audioOf(container);
    Object.defineProperty(audio, 'duration', { configurable: true, value: 120 });
    fireEvent.loadedMetadata(audio);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    audio.currentTime = 61;
    fireEvent.timeUpdate(audio);
    expect(screen.getByText('1:01 / 2:00')).toBeTruthy();
    rerender(<CallPlayer src="https://cdn.test/b.mp3" duration={45} waveform={false} />);
    // What a browser's media load does on a new src: paused without a `pause` event, back to 0.
    Object.defineProperty(audio, 'paused', { configurable: true, value: true });
    Object.defineProperty(audio, 'duration', { configurable: true, value: Number.NaN });
    audio.currentTime = 0;
    fireEvent.emptied(audio);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.getByText('0:00 / 0:45')).toBeTruthy();
  });

  it('draws the waveform of the new recording when the URL changes', async () => {
    const { create, instance } = fakeWaveSurfer();
    const { rerender } = render(<CallPlayer src="https://cdn.test/a.mp3" />);
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    rerender(<CallPlayer src="https://cdn.test/b.mp3" />);
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(instance.destroy).toHaveBeenCalledTimes(1);
  });

  it('keeps a playable recording as it is when retryKey changes', async () => {
    const getUrl = vi.fn(() => 'https://cdn.test/a.mp3?sig=1');
    const { container, rerender } = render(
      <CallPlayer getUrl={getUrl} retryKey="available" waveform={false} />,
    );
    const audio = audioOf(container);
    await waitFor(() => expect(audio.getAttribute('src')).toBe('https://cdn.test/a.mp3?sig=1'));
    const load = vi.spyOn(audio, 'load');
    rerender(<CallPlayer getUrl={getUrl} retryKey="stored" waveform={false} />);
    await act(async () => {});
    expect(getUrl).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('works without wavesurfer.js and shows a sentiment indicator', async () => {
    const { container } = render(
      <CallPlayer
        src="https://cdn.test/a.mp3"
        duration={30}
        sentiment={{ label: 'negative', score: -0.6 }}
      />,
    );
    await waitFor(() =>
      expect(container.querySelector('.cb-player__waveform')?.getAttribute('data-state')).toBe('failed'),
    );
    expect((container.querySelector('.cb-player__waveform') as HTMLElement).hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(audioOf(container).paused).toBe(false);
    expect(screen.getByTitle('Sentiment: negative (-0.60)')).toBeTruthy();
  });

  it('binds wavesurfer.js to its own audio element with the given peaks, once under StrictMode', async () => {
    const { create, instance } = fakeWaveSurfer();
    const { container, unmount } = render(
      <StrictMode>
        <CallPlayer src="https://cdn.test/a.mp3" peaks={[0.1, 0.5, 0.2]} duration={3} />
      </StrictMode>,
    );
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const options = (create.mock.calls[0] as unknown as [Record<string, unknown>])[0];
    // Identity checks: deep-comparing DOM nodes is needlessly slow.
    expect(options.media === audioOf(container)).toBe(true);
    expect(options.container === container.querySelector('.cb-player__waveform')).toBe(true);
    expect([options.backend, options.peaks, options.duration]).toEqual([
      'MediaElement',
      [[0.1, 0.5, 0.2]],
      3,
    ]);
    unmount();
    expect(instance.destroy).toHaveBeenCalledTimes(1);
  });

  it("draws another recording's peaks, even of the same size and duration", async () => {
    const { create, instance } = fakeWaveSurfer();
    const { rerender } = render(
      <CallPlayer src="https://cdn.test/a.mp3" peaks={[0.1, 0.5, 0.9]} duration={95} />,
    );
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    rerender(<CallPlayer src="https://cdn.test/b.mp3" peaks={[0.9, 0.2, 0.3]} duration={95} />);
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(instance.destroy).toHaveBeenCalledTimes(1);
    expect((create.mock.calls[1] as unknown as [Record<string, unknown>])[0].peaks).toEqual([
      [0.9, 0.2, 0.3],
    ]);
  });

  it('renders transcript segments that repeat start, end and speaker without a duplicate key', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const segment = { speaker: 'Caller', start: 3, end: 3, text: 'Hm.' };
    render(<CallPlayer src="https://cdn.test/a.mp3" transcript={[segment, { ...segment, text: 'Yes.' }]} />);
    expect(screen.getAllByRole('button', { name: /Hm\.|Yes\./ })).toHaveLength(2);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('activeSegmentIndex', () => {
  it('finds the segment containing the time, -1 in gaps and after the end', () => {
    expect(activeSegmentIndex(transcript, 0)).toBe(0);
    expect(activeSegmentIndex(transcript, 4)).toBe(1);
    expect(activeSegmentIndex(transcript, 11)).toBe(-1);
    expect(activeSegmentIndex(transcript, 15)).toBe(-1);
  });
});
