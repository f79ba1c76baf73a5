/** The subset of wavesurfer.js the player uses (kept local so no wavesurfer type leaks into ours). */
export interface WaveSurferLike {
  on(event: 'ready' | 'error', listener: (...args: unknown[]) => void): () => void;
  destroy(): void;
}

/** What `import('wavesurfer.js')` yields, reduced to `WaveSurfer.create`. */
export interface WaveSurferModule {
  default: { create(options: Record<string, unknown>): WaveSurferLike };
}

/**
 * Loads wavesurfer.js on demand. It is an optional peer dependency: when it is missing or fails,
 * the player still plays audio, changes speed and syncs the transcript, without a waveform.
 */
export function loadWaveSurfer(): Promise<WaveSurferModule> {
  return import('wavesurfer.js') as unknown as Promise<WaveSurferModule>;
}
