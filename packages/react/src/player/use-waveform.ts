import type { RefObject } from 'react';
import { useEffect, useRef, useState } from '../react.js';
import { loadWaveSurfer } from './load-wavesurfer.js';

/** Where the waveform is: `idle` (off or nothing to draw), `loading`, `ready` or `failed`. */
export type WaveformState = 'idle' | 'loading' | 'ready' | 'failed';

/** Inputs of {@link useWaveform}. */
export interface WaveformInput {
  enabled: boolean;
  container: RefObject<HTMLElement | null>;
  media: RefObject<HTMLMediaElement | null>;
  /** The media element's source URL (null until there is one). */
  source: string | null;
  peaks?: Array<number[] | Float32Array> | undefined;
  duration?: number | undefined;
  height: number;
}

const cssVar = (el: HTMLElement, name: string, fallback: string) =>
  getComputedStyle(el).getPropertyValue(name).trim() || fallback;

/**
 * Draws a wavesurfer.js waveform bound to the component's own `<audio>` (MediaElement backend), so
 * playback, speed and seeking stay on that element. With `peaks` + `duration` it draws without
 * downloading the audio. Created once per source URL (or per peaks); StrictMode and unmount
 * destroy it cleanly.
 */
export function useWaveform(input: WaveformInput): WaveformState {
  const [state, setState] = useState<WaveformState>('idle');
  const latest = useRef(input);
  latest.current = input;
  const { enabled, source, peaks, duration } = input;
  const drawable = enabled && Boolean(source || (peaks && duration));
  // Without peaks the waveform is decoded from the source, so a new URL draws it again. With peaks,
  // a refreshed URL of the same recording does not, but other peaks (their sum tells) do.
  let sum = 0;
  for (const v of peaks?.[0] ?? []) sum += v;
  const drawKey =
    peaks && duration ? `${peaks.length}:${peaks[0]?.length}:${sum}:${duration}` : `src:${source ?? ''}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: drawKey stands for what is drawn.
  useEffect(() => {
    if (!drawable) {
      setState('idle');
      return;
    }
    let cancelled = false;
    let destroy: (() => void) | undefined;
    setState('loading');
    loadWaveSurfer()
      .then(({ default: WaveSurfer }) => {
        const { container, media, peaks: p, duration: d, height } = latest.current;
        if (cancelled || !container.current || !media.current) return;
        const el = container.current;
        const ws = WaveSurfer.create({
          container: el,
          media: media.current,
          backend: 'MediaElement',
          peaks: p,
          duration: d,
          height,
          waveColor: cssVar(el, '--cb-wave-color', '#94a3b8'),
          progressColor: cssVar(el, '--cb-wave-progress-color', '#2563eb'),
          cursorColor: cssVar(el, '--cb-wave-cursor-color', '#1e3a8a'),
          barWidth: 2,
          barGap: 1,
          barRadius: 2,
          normalize: true,
          dragToSeek: true,
        });
        destroy = () => ws.destroy();
        ws.on('ready', () => !cancelled && setState('ready'));
        ws.on('error', () => !cancelled && setState('failed'));
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [drawable, drawKey]);

  return state;
}
