import { useEffect, useRef } from 'react';

/** Where app.css lays the open call over the timeline, full screen. */
const PHONE = '(max-width: 800px)';

/**
 * The open call as a phone's full-screen panel (app.css). When a call opens, focus moves into the
 * panel and the header and timeline behind it become inert (no Tab, no screen reader); when it
 * closes, focus goes back to what opened it (its row; the row of the call when a toast opened it
 * and is gone). The page behind does not scroll meanwhile: app.css hides the root's overflow,
 * which keeps its scroll position. Returns the panel's ref and its keydown handler: Escape closes
 * the call (at any width).
 */
export function usePhonePanel(selected: string | null, close: () => void) {
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // The call last shown, for its row once the panel closed, and what opened it (the row clicked
  // last on a wide screen, where the timeline stays usable beside the open call).
  const shown = useRef(selected);
  useEffect(() => {
    if (!selected) return;
    shown.current = selected;
    const at = document.activeElement as HTMLElement | null;
    if (!panel.current?.contains(at)) opener.current = at;
  }, [selected]);
  const open = selected !== null;
  useEffect(() => {
    if (!open) return;
    const phone = matchMedia(PHONE);
    const behind = [...document.querySelectorAll<HTMLElement>('.topbar, .layout > :not(.detail)')];
    const apply = () => {
      for (const el of behind) el.inert = phone.matches;
    };
    apply();
    phone.addEventListener('change', apply);
    if (phone.matches) panel.current?.focus();
    return () => {
      phone.removeEventListener('change', apply);
      for (const el of behind) el.inert = false;
      // Only when focus was in the call, now gone (it is on the body), or is still in the panel.
      const at = document.activeElement;
      if (at && at !== document.body && !panel.current?.contains(at)) return;
      const row = document.querySelector<HTMLElement>(
        `[data-id="${CSS.escape(shown.current ?? '')}"] .cb-call__title`,
      );
      (opener.current?.isConnected ? opener.current : row)?.focus();
    };
  }, [open]);
  const onKeyDown = (event: { key: string; defaultPrevented: boolean }) => {
    if (event.key === 'Escape' && !event.defaultPrevented) close();
  };
  return { panel, onKeyDown };
}
