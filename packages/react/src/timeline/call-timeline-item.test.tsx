import type { Interaction } from '@callbridge/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import { CallTimelineItem } from './call-timeline-item.js';

vi.mock('../player/load-wavesurfer.js', () => ({
  loadWaveSurfer: () => Promise.reject(new Error('absent')),
}));
afterEach(cleanup);

const call = (metadata: Record<string, unknown>, insights: unknown = null) =>
  interaction('c1', {
    metadata: { ...interaction('c1').metadata, ...metadata },
    insights,
  }) as unknown as Interaction;

describe('CallTimelineItem', () => {
  it('renders with a locale Intl refuses (fr_FR), in English formats, instead of throwing', () => {
    render(
      <CallTimelineItem
        locale="fr_FR"
        interaction={call({}, { sentiment: { label: 'positive', score: 0.7 } })}
        playerProps={{}}
      />,
    );
    expect(document.querySelector('time')?.textContent).toMatch(/2026/);
    expect(screen.getByTitle('Sentiment: positive (0.70)')).toBeTruthy();
  });

  it('shows direction, party, time, duration and the AI badges', () => {
    render(
      <CallTimelineItem
        locale="en-GB"
        interaction={call(
          { transcriptStatus: 'completed', aiSummary: 'Invoice dispute, callback Monday.' },
          { sentiment: { label: 'positive', score: 0.7 } },
        )}
        getContactName={() => 'Grace Hopper'}
      />,
    );
    expect(screen.getByRole('article', { name: 'Incoming call · Grace Hopper' })).toBeTruthy();
    // The party is isolated from the label, so an RTL page does not reorder a number's groups.
    expect(screen.getByText('Grace Hopper').tagName).toBe('BDI');
    // The duration is named for screen readers too, not only by a tooltip: "Duration: 1:35".
    const duration = screen.getByText('1:35');
    expect(duration.textContent).toBe('Duration: 1:35');
    expect(duration.querySelector('.cb-visually-hidden')?.textContent).toBe('Duration: ');
    expect(screen.getByText('Transcribed')).toBeTruthy();
    expect(screen.getByText('Summarized')).toBeTruthy();
    expect(screen.getByText('Invoice dispute, callback Monday.')).toBeTruthy();
    expect(screen.getByTitle('Sentiment: positive (0.70)')).toBeTruthy();
    expect(screen.getByText('ringover')).toBeTruthy();
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-22T10:00:00.000Z');
    expect(screen.queryByRole('button', { name: 'Play recording' })).toBeNull();
  });

  it('labels missed calls and has no AI badge before the AI ran', () => {
    render(<CallTimelineItem interaction={call({ callType: 'missed', durationSeconds: null })} />);
    expect(screen.getByRole('article', { name: 'Missed call · +33 1 23 45 67 89' })).toBeTruthy();
    expect(screen.queryByText('Transcribed')).toBeNull();
    expect(screen.queryByText('Summarized')).toBeNull();
  });

  it('names a call of unknown direction as core titles it: incoming while it rings, then just a call', () => {
    const unknown = (metadata: Record<string, unknown>) => call({ direction: null, ...metadata });
    const { rerender } = render(
      <CallTimelineItem interaction={unknown({ callType: 'ringing', callState: 'ringing' })} />,
    );
    expect(screen.getByRole('article', { name: /^Incoming call · / })).toBeTruthy();
    // After-call work or a transcript alone: ended, direction never said.
    rerender(<CallTimelineItem interaction={unknown({ callType: 'ringing', callState: 'ended' })} />);
    expect(screen.getByRole('article', { name: /^Call · / })).toBeTruthy();
    rerender(<CallTimelineItem interaction={unknown({ callType: 'answered', callState: 'in_progress' })} />);
    expect(screen.getByRole('article', { name: /^Call · / })).toBeTruthy();
    rerender(<CallTimelineItem interaction={unknown({ callState: 'ended' })} labels={{ call: 'Appel' }} />);
    expect(screen.getByRole('article', { name: /^Appel · / })).toBeTruthy();
  });

  it('names a withheld caller "Unknown number", as core titles it, and keeps a raw number with digits', () => {
    render(
      <CallTimelineItem
        locale="en-GB"
        interaction={call({ callerNumber: null, callerNumberRaw: 'anonymous' })}
      />,
    );
    expect(screen.getByRole('article', { name: 'Incoming call · Unknown number' })).toBeTruthy();
    cleanup();
    render(
      <CallTimelineItem
        locale="en-GB"
        interaction={call({ callerNumber: null, callerNumberRaw: 'ext. 201' })}
      />,
    );
    expect(screen.getByRole('article', { name: 'Incoming call · ext. 201' })).toBeTruthy();
  });

  it('expands a player with the transcript, fetching a signed URL when asked', async () => {
    const getRecordingUrl = vi.fn(async () => 'https://signed.test/r.mp3?sig=1');
    const onOpen = vi.fn();
    const { container } = render(
      <CallTimelineItem
        interaction={call(
          { recordingUrl: 'https://provider.test/r.mp3', recordingRequiresAuth: true },
          { transcript: [{ speaker: 'Agent', start: 0, end: 3, text: 'Bonjour' }] },
        )}
        getRecordingUrl={getRecordingUrl}
        onOpen={onOpen}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Play recording' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // aria-controls names an element that exists while collapsed too: the hidden, empty panel.
    const panel = document.getElementById(toggle.getAttribute('aria-controls') as string);
    expect(panel?.hidden).toBe(true);
    expect(container.querySelector('audio')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') as string)).toBe(panel);
    expect(panel?.hidden).toBe(false);
    await waitFor(() =>
      expect(container.querySelector('audio')?.getAttribute('src')).toBe('https://signed.test/r.mp3?sig=1'),
    );
    expect(screen.getByText('Bonjour')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Incoming call · +33 1 23 45 67 89' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('translates every text, the sentiment included (French labels)', () => {
    const { container } = render(
      <CallTimelineItem
        locale="fr-FR"
        defaultExpanded
        interaction={call(
          { recordingUrl: 'https://cdn.test/r.mp3', sentimentLabel: 'negative', sentimentScore: -0.6 },
          null,
        )}
        labels={{
          inbound: 'Appel entrant',
          duration: 'Durée',
          sentiment: 'Ressenti',
          negative: 'négatif',
          hideRecording: "Masquer l'enregistrement",
        }}
        playerProps={{
          waveform: false,
          labels: {
            player: 'Enregistrement',
            play: 'Lire',
            speed: 'Vitesse',
            sentiment: 'Ressenti',
            negative: 'négatif',
          },
        }}
      />,
    );
    // Numbers in the item's locale too, in its badge and its player.
    expect(screen.getAllByTitle('Ressenti: négatif (-0,60)')).toHaveLength(2);
    expect(screen.getByRole('button', { name: '1,5×' })).toBeTruthy();
    expect(container.textContent).toContain('négatif');
    expect(container.textContent).toContain('Durée: 1:35');
    expect(container.textContent).not.toMatch(/negative/i);
  });

  it('tries the recording again once it is stored, after it could not be played while downloading', async () => {
    // The app signs a link to its stored copy: while callbridge still downloads it, the link fails.
    const getRecordingUrl = vi.fn(() => '/api/recordings/c1');
    const auth = { recordingUrl: 'https://provider.test/r.mp3', recordingRequiresAuth: true };
    const { container, rerender } = render(
      <CallTimelineItem
        defaultExpanded
        interaction={call({ ...auth, recordingStatus: 'downloading' })}
        getRecordingUrl={getRecordingUrl}
        playerProps={{ waveform: false }}
      />,
    );
    const audio = container.querySelector('audio') as HTMLAudioElement;
    await waitFor(() => expect(audio.getAttribute('src')).toBe('/api/recordings/c1'));
    fireEvent.error(audio);
    expect(await screen.findByRole('alert')).toBeTruthy();
    const load = vi.spyOn(audio, 'load');
    rerender(
      <CallTimelineItem
        defaultExpanded
        interaction={call({ ...auth, recordingStatus: 'stored' })}
        getRecordingUrl={getRecordingUrl}
        playerProps={{ waveform: false }}
      />,
    );
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(getRecordingUrl).toHaveBeenCalledTimes(3);
    // The same link: the element is told to load it again.
    expect(load).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('offers no player for an auth-only recording without getRecordingUrl', () => {
    render(
      <CallTimelineItem
        interaction={call({ recordingUrl: 'https://provider.test/r.mp3', recordingRequiresAuth: true })}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Play recording' })).toBeNull();
  });
});
