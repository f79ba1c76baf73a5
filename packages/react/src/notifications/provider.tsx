import type { Interaction } from '@callbridge/core';
import type { ReactNode } from 'react';
import { CallbridgeClientError } from '../errors.js';
import { type CallLabels, callKindLabel, DEFAULT_LABELS, type PartyDisplay, partyName } from '../labels.js';
import { createContext, useCallback, useContext, useMemo, useRef, useState } from '../react.js';
import { clock } from '../stream/clock.js';
import type { GetHeaders } from '../stream/types.js';
import { type UseEventStreamOptions, useEventStream } from '../stream/use-event-stream.js';
import { type CallToast, CallToastItem } from './toast.js';

/** What {@link useCallNotifications} returns. */
export interface CallNotifications {
  /** Toasts on screen, newest first. */
  toasts: readonly CallToast[];
  /**
   * Shows a toast for a call (ignored when one for the same id is already shown or was shown),
   * whatever its state: the stream's toasts skip calls that ended or are old (`maxAgeMs`), this does not.
   */
  notify(interaction: Interaction): void;
  dismiss(id: string): void;
}

/** Props of {@link CallNotificationProvider}. */
export interface CallNotificationProviderProps
  extends PartyDisplay,
    Pick<UseEventStreamOptions, 'credentials' | 'initialRetryMs' | 'maxRetryMs' | 'inactivityTimeoutMs'> {
  children?: ReactNode;
  /**
   * The SSE URL (e.g. `/api/v1/events/stream`). When set, a `call_event_created` of a call ringing or
   * live now shows a toast: not one that already ended (`endedAt`, missed, voicemail) or started more
   * than `maxAgeMs` ago, as the stream replays after a hidden tab's return or a reconnect. A toast
   * goes when a `call_event_updated` says its call ended.
   */
  url?: string | null;
  /** Auth headers of the stream, awaited before every (re)connect. */
  getHeaders?: GetHeaders;
  /**
   * Disconnect while the page is hidden. Default true. On a connection shared with other
   * `useEventStream` users, it pauses only while every one of them allows pausing.
   */
  pauseWhenHidden?: boolean;
  /** Called when a toast is clicked, e.g. to navigate to the call. */
  onOpen?: (interaction: Interaction) => void;
  /** Which created interactions deserve a toast. Default: calls (not SMS). */
  filter?: (interaction: Interaction) => boolean;
  /**
   * The oldest call the stream announces, in ms since it started (`Infinity`: any age), on the
   * server's clock as the stream's `Date` header gives it. Default 120000.
   */
  maxAgeMs?: number;
  /** Auto-dismiss delay in ms (0 keeps toasts until dismissed). Default 8000. */
  durationMs?: number;
  /** Most toasts shown at once; older ones are dropped. Default 4. */
  max?: number;
  labels?: Partial<CallLabels>;
  /** A fetch implementation for the stream (tests, proxies). */
  fetch?: typeof fetch;
}

const Context = createContext<CallNotifications | null>(null);
const isCall = (i: Interaction) => i.eventType === 'CALL';
/**
 * Ringing or in progress, started at most `maxAgeMs` ago on the server's clock (a browser clock
 * minutes off would otherwise hide every toast, or show replayed ones): not history the stream replays.
 */
const isLive = ({ metadata: m, occurredAt }: Interaction, maxAgeMs: number) =>
  !m.endedAt &&
  m.callState !== 'ended' &&
  m.callType !== 'missed' &&
  m.callType !== 'voicemail' &&
  !(Date.now() + clock.skewMs - Date.parse(m.startedAt ?? occurredAt) > maxAgeMs);

/** The toast that has focus, if one has. */
const focused = () => document.activeElement?.closest<HTMLElement>('.cb-toast');
/** A toast that goes with focus hands it to the next toast, or the one before, or `back`: never to the body. */
const handOff = (li: HTMLElement, back: HTMLElement | null) =>
  ((li.nextElementSibling ?? li.previousElementSibling)?.querySelector('button') ?? back)?.focus();

/**
 * Shows a toast per new call (direction, contact name or formatted number; click to open) in an
 * ARIA live region, and dismisses it after a delay. Give it the stream `url` to listen itself (it
 * shares the connection with other `useEventStream` users of that URL, connection options and
 * `getHeaders` / `fetch` functions), or
 * call `notify`.
 */
export function CallNotificationProvider(props: CallNotificationProviderProps) {
  const { children, durationMs = 8000, max = 4, onOpen } = props;
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const [toasts, setToasts] = useState<CallToast[]>([]);
  const seen = useRef(new Set<string>());
  const latest = useRef(props);
  latest.current = props;
  // Where focus was before it entered the toasts: it goes back there when the last one it was on goes.
  const back = useRef<HTMLElement | null>(null);

  const notify = useCallback(
    (interaction: Interaction) => {
      if (seen.current.has(interaction.id)) return;
      seen.current.add(interaction.id);
      if (seen.current.size > 500) seen.current.delete(seen.current.values().next().value as string);
      const l = { ...DEFAULT_LABELS, ...latest.current.labels };
      const toast: CallToast = {
        id: interaction.id,
        interaction,
        title: callKindLabel(interaction, l),
        party: partyName(interaction, latest.current, l),
      };
      // A full list drops its oldest (last) toast: when that one has focus, focus moves on first.
      const li = focused();
      if (li && !li.nextElementSibling && (li.parentElement?.children.length ?? 0) >= max)
        handOff(li, back.current);
      setToasts((current) => [toast, ...current].slice(0, max));
    },
    [max],
  );
  // A toast closed from the keyboard (or by its timer) hands its focus on. One clicked with a
  // pointer does not: that click focused it, and the next toast would keep focus, so stay for ever.
  const close = useCallback((id: string, byPointer?: boolean) => {
    const li = focused();
    if (li?.dataset.id === id && !byPointer) handOff(li, back.current);
    setToasts((current) => (current.some((t) => t.id === id) ? current.filter((t) => t.id !== id) : current));
  }, []);
  const dismiss = useCallback((id: string) => close(id), [close]);

  // The stream's options are among the props (getHeaders, fetch, credentials, retry and timeout).
  useEventStream(props.url, {
    ...props,
    onEvent: {
      call_event_created: (interaction) => {
        const p = latest.current;
        if ((p.filter ?? isCall)(interaction) && isLive(interaction, p.maxAgeMs ?? 120_000))
          notify(interaction);
      },
      // A toasted call that ended no longer rings: its toast goes.
      call_event_updated: (interaction) => {
        if (!isLive(interaction, Number.POSITIVE_INFINITY)) dismiss(interaction.id);
      },
    },
  });

  const value = useMemo(() => ({ toasts, notify, dismiss }), [toasts, notify, dismiss]);
  return (
    <Context.Provider value={value}>
      {children}
      <section
        className="cb-toasts"
        aria-label={labels.notifications}
        onFocus={(e) => {
          const from = e.relatedTarget as HTMLElement | null;
          if (!e.currentTarget.contains(from)) back.current = from;
        }}
      >
        {/* The live region wraps the list: role="status" on the <ol> would drop its list semantics. */}
        <div role="status" aria-live="polite">
          <ol className="cb-toasts__list">
            {toasts.map((toast) => (
              <CallToastItem
                key={toast.id}
                toast={toast}
                durationMs={durationMs}
                dismissLabel={labels.dismiss}
                onOpen={onOpen}
                onDismiss={close}
              />
            ))}
          </ol>
        </div>
      </section>
    </Context.Provider>
  );
}

/** The toasts and `notify`/`dismiss` of the nearest `CallNotificationProvider`. */
export function useCallNotifications(): CallNotifications {
  const value = useContext(Context);
  if (!value) {
    throw new CallbridgeClientError(
      'configuration_error',
      'useCallNotifications needs a <CallNotificationProvider> above the component.',
    );
  }
  return value;
}
