import type { CallScript } from './scripts.js';

/**
 * A short WAV that really plays: the script's speakers take turns as tone bursts with a little
 * pitch movement, timed to match its transcript segments. The script id is written into the WAV's
 * LIST/INFO "ICMT" chunk, which the demo transcriber reads back. Generated, so nothing is shipped.
 */
export function makeCallAudio(script: CallScript, sampleRate = 8000): Uint8Array {
  const samples = Math.round(script.seconds * sampleRate);
  const pcm = new Int16Array(samples);
  for (const [index, turn] of script.segments.entries()) {
    const base = index % 2 === 0 ? 220 : 330;
    const from = Math.round(turn.start * sampleRate);
    const to = Math.min(samples, Math.round(turn.end * sampleRate));
    for (let i = from; i < to; i++) {
      const t = i / sampleRate;
      const syllable = 0.5 + 0.5 * Math.sin(2 * Math.PI * 3.2 * t);
      const pitch = base * (1 + 0.08 * Math.sin(2 * Math.PI * 0.7 * t));
      const edge = Math.min(1, (i - from) / 400, (to - i) / 400);
      pcm[i] = Math.round(9000 * edge * syllable * Math.sin(2 * Math.PI * pitch * t));
    }
  }
  const comment = new TextEncoder().encode(`callbridge-demo-script:${script.id}\0`);
  const commentPadded = comment.length + (comment.length % 2);
  const listSize = 4 + 8 + commentPadded;
  const total = 12 + 24 + (8 + listSize) + 8 + pcm.byteLength;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  let o = 0;
  const ascii = (text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(o++, text.charCodeAt(i));
  };
  const u32 = (v: number) => {
    view.setUint32(o, v, true);
    o += 4;
  };
  const u16 = (v: number) => {
    view.setUint16(o, v, true);
    o += 2;
  };
  ascii('RIFF');
  u32(total - 8);
  ascii('WAVE');
  ascii('fmt ');
  u32(16);
  u16(1); // PCM
  u16(1); // mono
  u32(sampleRate);
  u32(sampleRate * 2);
  u16(2);
  u16(16);
  ascii('LIST');
  u32(listSize);
  ascii('INFO');
  ascii('ICMT');
  u32(comment.length);
  bytes.set(comment, o);
  o += commentPadded;
  ascii('data');
  u32(pcm.byteLength);
  bytes.set(new Uint8Array(pcm.buffer), o);
  return bytes;
}

/** The script id written by makeCallAudio, or null for any other audio. */
export function readScriptId(wav: Uint8Array): string | null {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const tag = (at: number) => String.fromCharCode(...wav.subarray(at, at + 4));
  if (wav.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let o = 12;
  while (o + 8 <= wav.length) {
    const id = tag(o);
    const size = view.getUint32(o + 4, true);
    if (id === 'LIST' && tag(o + 8) === 'INFO') {
      let p = o + 12;
      while (p + 8 <= o + 8 + size) {
        const sub = tag(p);
        const len = view.getUint32(p + 4, true);
        if (sub === 'ICMT') {
          const text = new TextDecoder().decode(wav.subarray(p + 8, p + 8 + len)).replace(/\0+$/, '');
          return text.startsWith('callbridge-demo-script:')
            ? text.slice('callbridge-demo-script:'.length)
            : null;
        }
        p += 8 + len + (len % 2);
      }
    }
    o += 8 + size + (size % 2);
  }
  return null;
}
