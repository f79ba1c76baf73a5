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
export async function loadWaveSurfer(): Promise<WaveSurferModule> {
  // The import stays inside `try`: webpack, Turbopack (Next.js) and esbuild then build an app that
  // did not install wavesurfer.js, and the import rejects at run time, instead of failing the build.
  try {
    return (await import('wavesurfer.js')) as unknown as WaveSurferModule;
  } catch (error) {
    // biome-ignore lint/complexity/noUselessCatch: the try is what lets the app build without it.
    throw error;
  }
}
