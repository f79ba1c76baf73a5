import type { ExtractedTask, Sentiment, TranscriptSegment } from '../model/insights.js';

export interface TranscribeInput {
  audio: ReadableStream<Uint8Array>;
  contentType: string | null;
  language?: string;
  /**
   * Aborts when the step times out (`AiPorts.stepTimeoutMs`) or the bridge closes: pass it to
   * `fetch` / your SDK. The pipeline stops waiting at that moment either way.
   */
  signal?: AbortSignal;
}

export interface Transcription {
  text: string;
  segments: TranscriptSegment[];
  language?: string;
}

export interface Transcriber {
  transcribe(input: TranscribeInput): Promise<Transcription>;
}

export interface Summary {
  summary: string;
  highlights?: string[];
  nextSteps?: string[];
}

export interface Summarizer {
  summarize(input: { transcript: string; language?: string; signal?: AbortSignal }): Promise<Summary>;
}

export interface SentimentAnalyzer {
  analyze(input: { text: string; signal?: AbortSignal }): Promise<Sentiment>;
}

export interface TaskExtractor {
  extract(input: { transcript: string; language?: string; signal?: AbortSignal }): Promise<ExtractedTask[]>;
}

/**
 * The AI ports; any may be omitted and that step is skipped. Every call gets a `signal` that
 * aborts after `stepTimeoutMs` or when the bridge closes.
 */
export interface AiPorts {
  transcriber?: Transcriber;
  summarizer?: Summarizer;
  sentiment?: SentimentAnalyzer;
  tasks?: TaskExtractor;
  /**
   * Longest time one AI call (one step) may take, in ms. After it the call's signal aborts and
   * the step is `failed` (retried with the job). Default 600 000 (10 minutes:
   * `DEFAULT_AI_STEP_TIMEOUT_MS`), room for transcribing a long recording.
   */
  stepTimeoutMs?: number;
}
