import type { Interaction } from '@callbridge/core';
import { formatDuration, intlLocale } from '../format.js';
import {
  type CallLabels,
  callKindLabel,
  DEFAULT_LABELS,
  type PartyDisplay,
  partyName,
  sentimentOf,
} from '../labels.js';
import { CallPlayer, type CallPlayerProps } from '../player/call-player.js';
import { SentimentBadge } from '../player/sentiment.js';
import { useId, useState } from '../react.js';

/** Props of {@link CallTimelineItem}. */
export interface CallTimelineItemProps extends PartyDisplay {
  interaction: Interaction;
  /**
   * Returns a playable URL of the recording, e.g. a signed URL from your server. Needed when the
   * provider's URL requires auth (`metadata.recordingRequiresAuth`); called again once if it expires.
   */
  getRecordingUrl?: (interaction: Interaction) => string | Promise<string>;
  /** Called when the title is clicked, e.g. to open the call's page. */
  onOpen?: (interaction: Interaction) => void;
  /** Show the player from the start. Default false. */
  defaultExpanded?: boolean;
  /**
   * Locale of the date and time (default: the browser's) and of the numbers: the sentiment score and
   * the player's speeds (default `en`, like the default labels). Pass your labels' locale.
   */
  locale?: string;
  labels?: Partial<CallLabels>;
  /** Passed to the expanded `CallPlayer` (peaks, speeds, labels, ...). */
  playerProps?: Omit<CallPlayerProps, 'src' | 'getUrl' | 'transcript' | 'sentiment'>;
}

/**
 * One call in a timeline: direction and outcome, who, when, duration, AI badges (transcribed,
 * summarized, sentiment), the summary, and an expandable `CallPlayer` when there is a recording.
 */
export function CallTimelineItem(props: CallTimelineItemProps) {
  const { interaction, getRecordingUrl, onOpen, locale, playerProps } = props;
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const [expanded, setExpanded] = useState(props.defaultExpanded ?? false);
  const panelId = useId();
  const m = interaction.metadata;
  const insights = interaction.insights;
  const transcribed = m.transcriptStatus === 'completed' || Boolean(insights?.transcript?.length);
  const summary = insights?.summary ?? m.aiSummary ?? null;
  const sentiment = sentimentOf(interaction);
  const recordingUrl = m.recordingUrl ?? m.voicemailUrl ?? null;
  const hasRecording =
    Boolean(recordingUrl) || m.recordingStatus === 'stored' || m.recordingStatus === 'available';
  const playable = hasRecording && Boolean(getRecordingUrl || (recordingUrl && !m.recordingRequiresAuth));
  const when = new Date(interaction.occurredAt);
  const kind = callKindLabel(interaction, labels);
  const party = partyName(interaction, props, labels);
  const title = `${kind} · ${party}`;

  return (
    <article
      className={`cb-call cb-call--${m.direction ?? 'inbound'} cb-call--${m.callType ?? 'ringing'}`}
      aria-label={title}
    >
      <header className="cb-call__header">
        {onOpen ? (
          // The party in its own <bdi>: on an RTL page a number's digit groups keep their order.
          <button type="button" className="cb-call__title" onClick={() => onOpen(interaction)}>
            {kind} · <bdi>{party}</bdi>
          </button>
        ) : (
          <span className="cb-call__title">
            {kind} · <bdi>{party}</bdi>
          </span>
        )}
        {/* The server's time zone may differ from the browser's: the text may change on hydration. */}
        <time className="cb-call__time" dateTime={interaction.occurredAt} suppressHydrationWarning>
          {Number.isNaN(when.getTime())
            ? interaction.occurredAt
            : when.toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        {typeof m.durationSeconds === 'number' && (
          <span className="cb-call__duration" title={labels.duration}>
            {/* Named for screen readers too (a title alone is not reliably read), as the sentiment is. */}
            <span className="cb-visually-hidden">{labels.duration}: </span>
            {formatDuration(m.durationSeconds)}
          </span>
        )}
      </header>
      <div className="cb-call__badges">
        <span className="cb-badge cb-badge--source">{interaction.source.toLowerCase()}</span>
        {transcribed && <span className="cb-badge cb-badge--transcribed">{labels.transcribed}</span>}
        {summary && <span className="cb-badge cb-badge--summarized">{labels.summarized}</span>}
        {sentiment && (
          <SentimentBadge
            {...sentiment}
            caption={labels.sentiment}
            text={labels[sentiment.label]}
            locale={locale}
          />
        )}
      </div>
      {summary && <p className="cb-call__summary">{summary}</p>}
      {playable && (
        <button
          type="button"
          className="cb-call__toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? labels.hideRecording : labels.playRecording}
        </button>
      )}
      {/* The panel exists while collapsed (hidden, empty) so the toggle's aria-controls resolves. */}
      {playable && (
        <div id={panelId} className="cb-call__player" hidden={!expanded}>
          {expanded && (
            <CallPlayer
              duration={m.recordingDurationSeconds ?? m.durationSeconds ?? null}
              // A recording that failed while callbridge downloaded it is tried again once stored.
              retryKey={m.recordingStatus ?? null}
              locale={locale}
              {...playerProps}
              src={getRecordingUrl ? null : recordingUrl}
              getUrl={getRecordingUrl ? () => getRecordingUrl(interaction) : undefined}
              transcript={insights?.transcript ?? null}
              sentiment={sentiment}
            />
          )}
        </div>
      )}
    </article>
  );
}
