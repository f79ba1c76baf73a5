import type { SentimentLabel } from '@callbridge/core';

/** Props of {@link SentimentBadge}. */
export interface SentimentBadgeProps {
  label: SentimentLabel;
  /** -1 (negative) .. 1 (positive), shown when given. */
  score?: number | null;
  /** Text before the label, e.g. a translation of "Sentiment". */
  caption?: string;
  /** The label as shown, e.g. a translation of "negative". Default: `label`. */
  text?: string;
}

const SYMBOL: Record<SentimentLabel, string> = { positive: '▲', neutral: '●', negative: '▼' };

/** A small coloured sentiment indicator (`cb-sentiment--positive|neutral|negative`). */
export function SentimentBadge({ label, score, caption = 'Sentiment', text = label }: SentimentBadgeProps) {
  const value = typeof score === 'number' ? ` (${score.toFixed(2)})` : '';
  return (
    <span className={`cb-badge cb-sentiment cb-sentiment--${label}`} title={`${caption}: ${text}${value}`}>
      <span aria-hidden="true">{SYMBOL[label]}</span> <span className="cb-visually-hidden">{caption}: </span>
      {text}
      {value && <span className="cb-sentiment__score">{value}</span>}
    </span>
  );
}
