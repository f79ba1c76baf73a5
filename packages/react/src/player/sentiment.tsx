import type { SentimentLabel } from '@callbridge/core';
import { formatNumber } from '../format.js';

/** Props of {@link SentimentBadge}. */
export interface SentimentBadgeProps {
  label: SentimentLabel;
  /** -1 (negative) .. 1 (positive), shown when given. */
  score?: number | null;
  /** Text before the label, e.g. a translation of "Sentiment". */
  caption?: string;
  /** The label as shown, e.g. a translation of "negative". Default: `label`. */
  text?: string;
  /** Locale of the score, like the labels' (`-0,60` in French). Default `en`. */
  locale?: string;
}

const SYMBOL: Record<SentimentLabel, string> = { positive: '▲', neutral: '●', negative: '▼' };

/** A small coloured sentiment indicator (`cb-sentiment--positive|neutral|negative`). */
export function SentimentBadge({
  label,
  score,
  caption = 'Sentiment',
  text = label,
  locale,
}: SentimentBadgeProps) {
  const value = typeof score === 'number' ? ` (${formatNumber(score, locale, 2)})` : '';
  return (
    <span className={`cb-badge cb-sentiment cb-sentiment--${label}`} title={`${caption}: ${text}${value}`}>
      <span aria-hidden="true">{SYMBOL[label]}</span> <span className="cb-visually-hidden">{caption}: </span>
      {text}
      {value && <span className="cb-sentiment__score">{value}</span>}
    </span>
  );
}
