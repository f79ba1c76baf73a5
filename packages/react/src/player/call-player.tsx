import type { SentimentLabel, TranscriptSegment } from '@callbridge/core';
import type { KeyboardEvent } from 'react';
import { formatDuration, formatNumber } from '../format.js';
import { useEffect, useRef, useState } from '../react.js';
import { SentimentBadge } from './sentiment.js';
import { Transcript } from './transcript.js';
import { useRecordingUrl } from './use-recording-url.js';
import { useWaveform } from './use-waveform.js';

/** Texts of the player, for translation. */
export interface CallPlayerLabels {
  player: string;
  play: string;
  pause: string;
  speed: string;
  waveform: string;
  transcript: string;
  sentiment: string;
  /** The sentiment values, shown after `sentiment` (default: the value, e.g. `negative`). */
  positive?: string;
  neutral?: string;
  negative?: string;
  /** Shown, and Play's name, when the recording failed (a media error, no URL from `getUrl`). */
  unavailable: string;
  /** Shown, and Play's name, when there is no URL at all (no `src`, no `getUrl`). */
  noRecording: string;
}

const LABELS: CallPlayerLabels = {
  player: 'Call recording',
  play: 'Play',
  pause: 'Pause',
  speed: 'Playback speed',
  waveform: 'Waveform',
  transcript: 'Transcript',
  sentiment: 'Sentiment',
  unavailable: 'The recording cannot be played.',
  noRecording: 'No recording.',
};

/** Props of {@link CallPlayer}. */
export interface CallPlayerProps {
  /** The recording URL. Use `getUrl` instead for signed URLs that expire. */
  src?: string | null;
  /** Returns a fresh (signed) URL; called when there is no `src`, and again once on a media error. */
  getUrl?: () => string | Promise<string>;
  /**
   * What the recording's availability depends on, e.g. `metadata.recordingStatus`: when it changes
   * while the recording cannot be played, the player tries again (`getUrl`, then the media).
   */
  retryKey?: string | number | null;
  /** Precomputed peaks (one array per channel, or one array) to draw without downloading the audio. */
  peaks?: Array<number[] | Float32Array> | number[];
  /** Duration in seconds (needed with `peaks`; shown before the metadata has loaded). */
  duration?: number | null;
  transcript?: readonly TranscriptSegment[] | null;
  sentiment?: { label: SentimentLabel; score?: number | null } | null;
  /** Speeds offered. Default 0.5, 1, 1.5, 2. */
  speeds?: number[];
  /** Seconds the arrow keys skip. Default 5. */
  skipSeconds?: number;
  /** Draw a waveform with wavesurfer.js when it is installed. Default true. */
  waveform?: boolean;
  /** Waveform height in px. Default 48. */
  waveformHeight?: number;
  labels?: Partial<CallPlayerLabels>;
  /** Locale of the speeds and the sentiment score, like the labels' (`1,5×` in French). Default `en`. */
  locale?: string;
  className?: string;
}

const SPEEDS = [0.5, 1, 1.5, 2];

/**
 * Plays a call recording from an `<audio>` element it owns: play/pause, speed 0.5×–2× (the
 * element's `playbackRate`), a wavesurfer.js waveform when available, the transcript highlighted
 * in sync and seekable by click, a sentiment indicator, and keyboard control when focused
 * (Space plays/pauses, ←/→ skip 5 s).
 */
export function CallPlayer(props: CallPlayerProps) {
  const { transcript, sentiment, speeds = SPEEDS, skipSeconds = 5, className, locale } = props;
  const labels = { ...LABELS, ...props.labels };
  const audio = useRef<HTMLAudioElement>(null);
  const wave = useRef<HTMLDivElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [mediaDuration, setMediaDuration] = useState(0);
  const [rate, setRate] = useState(1);
  const resume = useRef<{ at: number; play: boolean } | null>(null);
  const recording = useRecordingUrl(props.src, props.getUrl, props.retryKey, () => audio.current?.load());
  const peaks = props.peaks && typeof props.peaks[0] === 'number' ? [props.peaks as number[]] : props.peaks;
  const waveform = useWaveform({
    enabled: props.waveform ?? true,
    container: wave,
    media: audio,
    source: recording.url,
    peaks: peaks as Array<number[] | Float32Array> | undefined,
    duration: props.duration ?? undefined,
    height: props.waveformHeight ?? 48,
  });
  const duration = mediaDuration || props.duration || 0;
  // Nothing to play: no URL to ask for, or the recording failed (media error, no URL from getUrl).
  const missing = !props.src && !props.getUrl;
  const off = missing || recording.failed;
  const notice = missing ? labels.noRecording : labels.unavailable;

  // A reload (new URL) resets the element's rate: apply the chosen one again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the URL changes.
  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    el.playbackRate = rate;
    el.defaultPlaybackRate = rate;
  }, [rate, recording.url]);
  // A new URL loads anew: the element is paused (without a `pause` event) at 0, and the previous
  // media's duration no longer applies. A refresh after an error resumes on loadedmetadata.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the URL changes.
  useEffect(() => {
    setPlaying(false);
    setTime(0);
    setMediaDuration(0);
  }, [recording.url]);

  const seek = (to: number) => {
    const el = audio.current;
    if (!el) return;
    const next = Math.max(0, duration ? Math.min(duration, to) : to);
    el.currentTime = next;
    setTime(next);
  };
  const toggle = () => {
    const el = audio.current;
    if (!el || off) return;
    if (el.paused) el.play()?.catch(() => setPlaying(false));
    else el.pause();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Alt+←/→ (Back, Forward), Ctrl/Cmd shortcuts and the like stay the browser's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const onControl =
      target !== event.currentTarget && /^(BUTTON|INPUT|SELECT|TEXTAREA|A)$/.test(target.tagName);
    if (event.key === ' ' && !onControl) toggle();
    else if (event.key === 'ArrowRight') seek((audio.current?.currentTime ?? 0) + skipSeconds);
    else if (event.key === 'ArrowLeft') seek((audio.current?.currentTime ?? 0) - skipSeconds);
    else return;
    event.preventDefault();
  };
  const onError = async () => {
    const el = audio.current;
    if (el) resume.current = { at: el.currentTime, play: !el.paused || playing };
    if (!(await recording.onMediaError())) resume.current = null;
  };
  const onLoadedMetadata = () => {
    const el = audio.current;
    if (!el) return;
    recording.onMediaLoaded();
    if (el.duration > 0 && el.duration < Infinity) setMediaDuration(el.duration);
    const pending = resume.current;
    resume.current = null;
    if (pending) {
      el.currentTime = pending.at;
      if (pending.play) el.play()?.catch(() => setPlaying(false));
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable group that owns the keyboard shortcuts.
    <div
      className={`cb-player${className ? ` ${className}` : ''}`}
      role="group"
      aria-label={labels.player}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focus is where Space and the arrows act.
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {/* biome-ignore lint/a11y/useMediaCaption: the transcript below is the text alternative. */}
      <audio
        ref={audio}
        src={recording.url ?? undefined}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onLoadedMetadata={onLoadedMetadata}
        onError={onError}
      />
      <div className="cb-player__controls">
        <button
          type="button"
          className="cb-player__play"
          onClick={toggle}
          aria-label={off ? notice : playing ? labels.pause : labels.play}
          disabled={off || !recording.url}
        >
          <span aria-hidden="true">{playing && !off ? '❚❚' : '▶'}</span>
        </button>
        <span className="cb-player__time" aria-live="off">
          {formatDuration(time)} / {formatDuration(duration)}
        </span>
        {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, not a fieldset. */}
        <div className="cb-player__speeds" role="group" aria-label={labels.speed}>
          {speeds.map((s) => (
            <button
              key={s}
              type="button"
              className="cb-player__speed"
              aria-pressed={rate === s}
              onClick={() => {
                if (audio.current) audio.current.playbackRate = s;
                setRate(s);
              }}
            >
              {formatNumber(s, locale)}×
            </button>
          ))}
        </div>
        {sentiment && (
          <SentimentBadge
            {...sentiment}
            caption={labels.sentiment}
            text={labels[sentiment.label]}
            locale={locale}
          />
        )}
      </div>
      <div
        ref={wave}
        className="cb-player__waveform"
        data-state={waveform}
        role="img"
        aria-label={labels.waveform}
        hidden={waveform === 'idle' || waveform === 'failed'}
      />
      {off && (
        <p className={missing ? 'cb-player__note' : 'cb-player__error'} role={missing ? undefined : 'alert'}>
          {notice}
        </p>
      )}
      {transcript && transcript.length > 0 && (
        <Transcript segments={transcript} currentTime={time} onSeek={seek} label={labels.transcript} />
      )}
    </div>
  );
}
