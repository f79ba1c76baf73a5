import { CallbridgeError } from '../errors.js';

/** One Server-Sent Events message. */
export interface SseMessage {
  /** `event:` field; omitted means the default `message` event. */
  event?: string;
  /** `id:` field (becomes the client's Last-Event-ID). */
  id?: string;
  /** `data:` payload; a multi-line string is split into several `data:` lines. */
  data?: string;
  /** `retry:` reconnection delay in milliseconds. */
  retry?: number;
  /** A `:` comment line (ignored by clients). */
  comment?: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

function rejectLineBreak(field: string, value: string): void {
  if (/[\r\n]/.test(value)) {
    throw new CallbridgeError('malformed_body', `The SSE ${field} field must not contain CR or LF.`, {
      hint: `Remove line breaks from the ${field} value; only data may span several lines.`,
    });
  }
}

/**
 * Serializes one message exactly as the HTML Living Standard parses it: `event` and `id` may not
 * contain CR/LF (or NUL in `id`), data is split on every line ending into several `data:` lines,
 * and the message ends with a blank line.
 */
export function serializeSse(message: SseMessage): string {
  let out = '';
  if (message.comment !== undefined) {
    for (const line of message.comment.split(LINE_BREAK)) out += `:${line ? ` ${line}` : ''}\n`;
  }
  if (message.retry !== undefined) {
    if (!Number.isInteger(message.retry) || message.retry < 0) {
      throw new CallbridgeError('malformed_body', 'The SSE retry field must be a non-negative integer.', {
        hint: 'Pass a whole number of milliseconds.',
      });
    }
    out += `retry: ${message.retry}\n`;
  }
  if (message.event !== undefined) {
    rejectLineBreak('event', message.event);
    out += `event: ${message.event}\n`;
  }
  if (message.id !== undefined) {
    rejectLineBreak('id', message.id);
    if (message.id.includes('\u0000')) {
      throw new CallbridgeError('malformed_body', 'The SSE id field must not contain NUL.', {
        hint: 'Use ids made of printable characters.',
      });
    }
    out += `id: ${message.id}\n`;
  }
  if (message.data !== undefined) {
    for (const line of message.data.split(LINE_BREAK)) out += `data: ${line}\n`;
  }
  return `${out}\n`;
}

/** Response headers of every callbridge SSE stream (proxies and compressors must not buffer it). */
export const SSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
  'content-encoding': 'none',
});

/** {@link SSE_HEADERS} as web `Headers`. */
export function sseHeaders(): Headers {
  return new Headers(SSE_HEADERS);
}

/** The `retry:` hint: `base` plus up to 50% random jitter so reconnects do not arrive as a herd. */
export function retryWithJitter(base: number, random: () => number = Math.random): number {
  return Math.round(base + random() * base * 0.5);
}
