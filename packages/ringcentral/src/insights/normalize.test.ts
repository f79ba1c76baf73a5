import { InsightsSchema } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { insightsBody, insightsWithEveryKey } from '../testing.js';
import { toInsights } from './normalize.js';
import { InsightsBodySchema } from './schema.js';

const parse = (overrides: Record<string, unknown> = {}) => InsightsBodySchema.parse(insightsBody(overrides));

describe('toInsights', () => {
  it('maps every documented key of the fixture and joins speaker names', () => {
    const insights = toInsights(parse());
    expect(InsightsSchema.parse(insights)).toEqual(insights);
    expect(insights.transcript).toEqual([
      { speaker: 'Omar Haddad', start: 1.4, end: 4.9, text: "Hi, I'm calling about my renewal quote." },
      { speaker: 'Dana Lee', start: 5.3, end: 7.8, text: 'Sure, let me pull up your account.' },
    ]);
    expect(insights.summary).toBe('Customer asked about renewal pricing; agent offered a two-year discount.');
    expect(insights.highlights).toEqual(['Offered 15% off for a two-year term.']);
    expect(insights.nextSteps).toEqual(['Email revised quote by Friday.']);
    expect(insights.tasks).toEqual([
      { title: 'Email revised quote by Friday.', assignee: 'Dana Lee', dueAt: null },
    ]);
    expect(insights.sentiment).toEqual({ score: 1, label: 'positive' });
    expect(insights.extra).toEqual({
      bulletedSummary: [
        { value: 'Renewal pricing discussed.', section: 'Overview' },
        { value: 'Discount offered for longer term.', section: null },
      ],
      aiScore: 7,
      callNotes: 'Renewal call.\nCustomer price-sensitive.\nFollow up Friday.',
      QnA: insightsWithEveryKey().QnA,
    });
    expect(insights.modifiedAt).toBe('2025-03-04T15:41:55.861Z');
    expect(insights.origin).toBe('ringsense');
  });

  it('matches keys case-insensitively (HighLights, nextsteps, SENTIMENT)', () => {
    const insights = toInsights(
      parse({
        insights: {
          HighLights: [{ speakerId: 'x', value: 'h', start: 1, end: 2 }],
          nextsteps: [{ speakerId: 'x', value: 'n', start: 1, end: 2 }],
          SENTIMENT: [{ value: 'Negative' }],
        },
      }),
    );
    expect(insights.highlights).toEqual(['h']);
    expect(insights.nextSteps).toEqual(['n']);
    expect(insights.tasks).toEqual([{ title: 'n', assignee: 'x', dueAt: null }]);
    expect(insights.sentiment).toEqual({ score: -1, label: 'negative' });
    expect(insights.extra).toBeUndefined();
  });

  it('maps Neutral to 0 and keeps an unknown sentiment label as sent', () => {
    expect(toInsights(parse({ insights: { Sentiment: [{ value: 'Neutral' }] } })).sentiment).toEqual({
      score: 0,
      label: 'neutral',
    });
    const odd = toInsights(parse({ insights: { Sentiment: [{ value: 'Mixed' }] } }));
    expect(odd.sentiment).toBeUndefined();
    expect(odd.extra).toEqual({ sentimentRaw: ['Mixed'] });
  });

  it('uses the bulleted summary when there is no Summary', () => {
    const insights = toInsights(parse({ insights: { BulletedSummary: [{ value: 'a' }, { value: 'b' }] } }));
    expect(insights.summary).toBe('- a\n- b');
  });

  it('keeps a documented key with an unexpected shape as sent instead of failing', () => {
    const insights = toInsights(parse({ insights: { Transcript: 'not a list' } }));
    expect(insights.transcript).toBeUndefined();
    expect(insights.extra).toEqual({ Transcript: 'not a list' });
  });

  it('merges thousands of spellings of one key in linear time (a 1 MB body took 5 s before)', () => {
    const insights: Record<string, unknown> = {};
    for (let m = 0; m < 28_000; m++) {
      const key = [...'BulletedSummary']
        .map((c, i) => ((m >> i) & 1 ? c.toUpperCase() : c.toLowerCase()))
        .join('');
      insights[key] = [{ value: String(m) }];
    }
    const body = parse({ insights });
    const started = performance.now();
    const out = toInsights(body);
    expect(performance.now() - started).toBeLessThan(1_500);
    const bullets = out.extra?.bulletedSummary as { value: string }[];
    expect(bullets).toHaveLength(28_000);
    expect(bullets[27_999]?.value).toBe('27999');
  });

  it('falls back to the speaker id when speakerInfo has no name', () => {
    const insights = toInsights(
      parse({
        speakerInfo: [],
        insights: { Transcript: [{ speakerId: 'p-1', text: 't', start: 0, end: 1 }] },
      }),
    );
    expect(insights.transcript?.[0]?.speaker).toBe('p-1');
  });
});
