// Random events of one call for the merge property test (merge-fuzz.test.ts): seeded, so every
// run draws the same sets. The values are few on purpose, so events often disagree on a fact.
import type { CallEventInput } from '@callbridge/core';

/** A seeded generator of floats in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const maybe = (random: Random, p = 0.5): boolean => random() < p;

/** A few instants of the call, some written with another zone (stored in UTC all the same). */
const TIMES = [
  '2026-02-17T10:30:00.000Z',
  '2026-02-17T10:30:05.000Z',
  '2026-02-17T11:30:05+01:00',
  '2026-02-17T10:30:30.000Z',
  '2026-02-17T10:31:00.000Z',
  '2026-02-17T12:31:00+02:00',
] as const;

/**
 * Which agents events name. 'distinct': agents with different ids (and none); 'one': partial views
 * of one agent that never disagree on a field; 'all': both, and names that disagree.
 */
const AGENTS = {
  distinct: [
    { id: 'a1', name: 'Ann' },
    { id: 'a2', name: 'Bob', email: 'bob@example.com' },
    { id: null, name: 'Queue' },
  ],
  one: [{ id: 'a1', name: 'Ann' }, { id: 'a1', name: null, email: 'ann@example.com' }, { id: 'a1' }],
  all: [
    { id: 'a1', name: 'Ann' },
    { id: 'a1', name: null, email: 'ann@example.com' },
    { id: 'a1', name: 'Ann B', email: null },
    { id: 'a1' },
    { id: 'a2', name: 'Bob', email: 'bob@example.com' },
    { id: null, name: 'Queue' },
  ],
} as const;

/**
 * What `randomEvent` may draw: see AGENTS; `additiveTags`: tags without `tagsComplete` too;
 * `extraFacts`: a provider's own facts (`extra`), which two events may give differently.
 */
export interface Draw {
  agents: keyof typeof AGENTS;
  additiveTags: boolean;
  extraFacts?: boolean;
}

/**
 * Provider facts as RingCentral's call-log rows and Ringover's events carry them: plain values,
 * lists of objects (the legs' other recordings) that two rows list differently, and keys the
 * model defines (`reason`) or keeps as bookkeeping (`keyStamps`), which `extra` never sets.
 */
const EXTRA_FACTS = [
  { callResult: 'Missed' },
  { callResult: 'Accepted', callLogId: 'log-1' },
  { ringoverLastState: 'ANSWERED', isIvr: false },
  { ringoverLastState: 'HANGUP' },
  { otherRecordings: [{ id: 'r2', url: 'https://rec.example.com/2.mp3' }] },
  {
    otherRecordings: [
      { url: 'https://rec.example.com/3.mp3', id: 'r3' },
      { id: 'r2', url: 'https://rec.example.com/2.mp3' },
    ],
    callResult: 'Accepted',
  },
  { callResult: 'Voicemail', reason: 'from-extra', keyStamps: { callResult: '99|2030-01-01T00:00:00Z' } },
] as const;

const RECORDING_URLS = ['https://rec.example.com/1.mp3', 'https://rec.example.com/2.mp3'] as const;
const TEXTS = ['call back tomorrow', 'sent the quote', ''] as const;
const TAG_LISTS = [['vip'], ['vip', 'quote'], ['quote'], []] as const;

function recording(random: Random, kind: string): CallEventInput['recording'] {
  const type =
    kind === 'voicemail' ? 'voicemail' : pick(random, ['recording', 'voicemail', undefined] as const);
  return {
    url: pick(random, RECORDING_URLS),
    ...(maybe(random) ? { requiresAuth: maybe(random) } : {}),
    ...(type ? { type } : {}),
    ...(maybe(random, 0.3) ? { id: pick(random, ['r1', 'r2']) } : {}),
    ...(maybe(random, 0.3) ? { durationSeconds: pick(random, [40, 41]) } : {}),
  };
}

function insights(random: Random, kind: string): CallEventInput['insights'] {
  const out: NonNullable<CallEventInput['insights']> = {};
  if (kind !== 'summary_available' && maybe(random, 0.7))
    out.transcriptText = pick(random, ['Hello.', 'Hello there.']);
  if (kind !== 'transcript_available' && maybe(random, 0.7))
    out.summary = pick(random, ['Wants a quote.', 'Asked for a call back.']);
  if (kind === 'insights' && maybe(random, 0.4))
    out.sentiment = pick(random, [
      { score: 0.5, label: 'positive' },
      { score: -0.5, label: 'negative' },
    ] as const);
  if (maybe(random)) out.modifiedAt = pick(random, ['2026-02-17T11:00:00.000Z', '2026-02-17T12:00:00.000Z']);
  return out;
}

function answeredAt(random: Random): Partial<CallEventInput> {
  return {
    answeredAt: pick(random, TIMES),
    ...(maybe(random) ? { answeredAtEstimated: maybe(random) } : {}),
  };
}

const KINDS = [
  'ringing',
  'answered',
  'ended',
  'ended',
  'missed',
  'voicemail',
  'recording_available',
  'transcript_available',
  'summary_available',
  'insights',
  'note',
  'after_call',
] as const;

/** One event of call-1 (without its deliveryId), drawn from `random`. */
export function randomEvent(random: Random, draw: Draw): Partial<CallEventInput> {
  const kind = pick(random, KINDS);
  const e: Partial<CallEventInput> = { kind, occurredAt: pick(random, TIMES) };
  if (maybe(random, 0.15)) e.direction = null;
  if (maybe(random, 0.2)) e.sourceSessionId = pick(random, ['ch-1', 'ch-2']);
  if (maybe(random, 0.2)) e.startedAt = pick(random, TIMES);
  const lifecycle = ['ringing', 'answered', 'ended', 'missed', 'voicemail'].includes(kind);
  if (lifecycle && maybe(random, 0.7)) e.agent = { ...pick(random, AGENTS[draw.agents]) };
  if (kind === 'answered') Object.assign(e, answeredAt(random));
  if (kind === 'ended' || kind === 'missed' || kind === 'voicemail') {
    if (maybe(random, 0.8)) e.endedAt = pick(random, TIMES);
    if (maybe(random, 0.6)) e.reason = pick(random, ['hangup', 'busy', 'no_answer']);
    if (kind !== 'missed' && maybe(random, 0.6)) e.durationSeconds = pick(random, [55, 56]);
  }
  if (kind === 'ended' && maybe(random)) Object.assign(e, answeredAt(random));
  if (kind === 'recording_available' || kind === 'voicemail' || (kind === 'ended' && maybe(random, 0.3)))
    e.recording = recording(random, kind);
  if (kind === 'transcript_available' || kind === 'summary_available' || kind === 'insights')
    e.insights = insights(random, kind);
  if (kind === 'note' || kind === 'after_call') {
    if (maybe(random, 0.7)) e.text = pick(random, TEXTS);
    if (maybe(random, 0.7)) {
      e.tags = [...pick(random, TAG_LISTS)];
      if (!draw.additiveTags || maybe(random, 0.7)) e.tagsComplete = true;
    }
  } else if (draw.additiveTags && kind === 'ended' && maybe(random, 0.2)) {
    // A call-log row: the tags as the provider lists them, added to the stored ones.
    e.tags = [...pick(random, TAG_LISTS)];
  }
  if (draw.extraFacts && maybe(random, 0.5)) e.extra = { ...pick(random, EXTRA_FACTS) };
  return e;
}
