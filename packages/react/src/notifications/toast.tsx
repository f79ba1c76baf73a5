import type { Interaction } from '@callbridge/core';
import { useEffect, useState } from '../react.js';

/** One toast as the provider keeps it. */
export interface CallToast {
  /** The Interaction id. */
  id: string;
  interaction: Interaction;
  title: string;
  party: string;
}

/** Props of {@link CallToastItem}. */
export interface CallToastItemProps {
  toast: CallToast;
  durationMs: number;
  dismissLabel: string;
  onOpen?: ((interaction: Interaction) => void) | undefined;
  /** `byPointer`: a mouse or touch click (a click's `detail` is 0 from the keyboard). */
  onDismiss(id: string, byPointer?: boolean): void;
}

/** A toast that dismisses itself after `durationMs`, paused while hovered or focused; Escape dismisses it. */
export function CallToastItem({ toast, durationMs, dismissLabel, onOpen, onDismiss }: CallToastItemProps) {
  // Hover and focus hold the toast each on its own: a focused toast the pointer leaves stays.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (held || durationMs <= 0) return;
    const timer = setTimeout(() => onDismiss(toast.id), durationMs);
    return () => clearTimeout(timer);
  }, [held, durationMs, onDismiss, toast.id]);
  const direction = toast.interaction.metadata.direction ?? 'inbound';
  return (
    <li
      data-id={toast.id}
      className={`cb-toast cb-toast--${direction}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss(toast.id)}
    >
      <button
        type="button"
        className="cb-toast__body"
        onClick={(e) => {
          onOpen?.(toast.interaction);
          onDismiss(toast.id, e.detail > 0);
        }}
      >
        <span className="cb-toast__title">{toast.title}</span>
        <bdi className="cb-toast__party">{toast.party}</bdi>
      </button>
      <button
        type="button"
        className="cb-toast__close"
        aria-label={`${dismissLabel}: ${toast.title}, ${toast.party}`}
        onClick={(e) => onDismiss(toast.id, e.detail > 0)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
