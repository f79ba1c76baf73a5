import type { TranscriptSegment } from '@callbridge/core';

/** A scripted conversation: what the simulator "says" in its generated audio. */
export interface CallScript {
  id: string;
  seconds: number;
  segments: TranscriptSegment[];
}

const seg = (speaker: string, start: number, end: number, text: string): TranscriptSegment => ({
  speaker,
  start,
  end,
  text,
});

export const SCRIPTS: CallScript[] = [
  {
    id: 'lease-renewal',
    seconds: 14,
    segments: [
      seg('Agent', 0.3, 2.6, 'Good morning, Dupont and Associates, how can I help?'),
      seg('Caller', 2.9, 6.1, 'Hello, I am calling about the renewal of my commercial lease.'),
      seg('Agent', 6.4, 9.2, 'Of course. I will send you the draft by Friday.'),
      seg('Caller', 9.5, 11.8, 'Great, thank you, that is very helpful.'),
      seg('Agent', 12.0, 13.6, 'You are welcome. Goodbye.'),
    ],
  },
  {
    id: 'invoice-dispute',
    seconds: 12,
    segments: [
      seg('Agent', 0.3, 2.2, 'Northwind Legal, good afternoon.'),
      seg('Caller', 2.5, 5.6, 'I am unhappy, the last invoice is wrong and too high.'),
      seg('Agent', 5.9, 8.8, 'I am sorry. I will review it and call you back tomorrow.'),
      seg('Caller', 9.1, 11.4, 'Please do, I need a corrected invoice.'),
    ],
  },
];

export function scriptById(id: string): CallScript | undefined {
  return SCRIPTS.find((s) => s.id === id);
}
