import type { ExtractedTask, Sentiment, TranscriptSegment } from '../model/insights.js';

export interface TranscribeInput {
  audio: ReadableStream<Uint8Array>;
  contentType: string | null;
  language?: string;
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

/** The AI ports; any may be omitted and that step is skipped. */
export interface AiPorts {
  transcriber?: Transcriber;
  summarizer?: Summarizer;
  sentiment?: SentimentAnalyzer;
  tasks?: TaskExtractor;
}
