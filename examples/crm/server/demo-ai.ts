import {
  type AiPorts,
  CallbridgeError,
  type ExtractedTask,
  type Sentiment,
  type Summary,
  sentimentLabel,
  type Transcription,
} from '@callbridge/core';
import { readScriptId } from './audio.js';
import { scriptById } from './scripts.js';

/**
 * Stand-in AI ports for the demo, which runs offline. The simulator's audio is synthetic, so the
 * "transcriber" reads back the script id the simulator wrote into the WAV and returns that
 * script's lines; summary, sentiment and tasks are simple keyword rules. A real deployment plugs
 * speech-to-text and an LLM into the same four ports; the pipeline around them (statuses,
 * retries, broadcasts, `call_ai_completed`) is the real one.
 */
export function demoAiPorts(): AiPorts {
  return {
    transcriber: {
      async transcribe({ audio }): Promise<Transcription> {
        const bytes = new Uint8Array(await new Response(audio).arrayBuffer());
        const script = scriptById(readScriptId(bytes) ?? '');
        if (!script) {
          throw new CallbridgeError(
            'upstream_error',
            'The demo transcriber only knows the simulator audio.',
            {
              hint: 'Configure a real Transcriber for recordings that do not come from the demo simulator.',
            },
          );
        }
        return {
          text: script.segments.map((s) => `${s.speaker}: ${s.text}`).join('\n'),
          segments: script.segments,
          language: 'en',
        };
      },
    },
    summarizer: {
      async summarize({ transcript }): Promise<Summary> {
        const lines = transcript.split('\n').map((l) => l.replace(/^[^:]+:\s*/, ''));
        const ask = lines.find((l) => /calling about|invoice|lease|need/i.test(l)) ?? lines[0] ?? '';
        return {
          summary: `The caller said: "${ask}"`,
          highlights: lines.filter((l) => /will|need|wrong|renewal/i.test(l)).slice(0, 3),
          nextSteps: lines.filter((l) => /\bI will\b|call you back/i.test(l)),
        };
      },
    },
    sentiment: {
      async analyze({ text }): Promise<Sentiment> {
        const positive = (text.match(/\b(great|thank|helpful|welcome|good)\b/gi) ?? []).length;
        const negative = (text.match(/\b(unhappy|wrong|too high|sorry|problem)\b/gi) ?? []).length;
        const score = Math.max(-1, Math.min(1, (positive - negative) / Math.max(1, positive + negative)));
        return { score, label: sentimentLabel(score) };
      },
    },
    tasks: {
      async extract({ transcript }): Promise<ExtractedTask[]> {
        return transcript
          .split('\n')
          .filter((l) => /\bI will\b/i.test(l))
          .map((l) => ({
            title: l
              .replace(/^[^:]+:\s*/, '')
              .replace(/^I will\s*/i, '')
              .replace(/\.$/, ''),
          }));
      },
    },
  };
}
