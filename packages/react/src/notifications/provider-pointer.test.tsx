import type { Interaction } from '@callbridge/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import { CallNotificationProvider, type CallNotifications, useCallNotifications } from './provider.js';

afterEach(cleanup);
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const call = (id: string, i: number) =>
  interaction(id, {
    metadata: { ...interaction(id).metadata, callerNumber: `+1415555010${i}` },
  }) as unknown as Interaction;
const party = (i: number) => `+1 415 555 010${i}`;
const button = (i: number) => screen.getByText(party(i)).closest('button') as HTMLElement;

let api: CallNotifications;
function Grab() {
  api = useCallNotifications();
  return null;
}

/**
 * A mouse or touch click focuses the button it hits (Chrome, Edge, Firefox on Windows): when that
 * dismisses the toast, focus must not go to the next toast, whose focus would hold it for ever.
 * A click's `detail` counts the pointer's clicks; a keyboard activation's is 0.
 */
describe('CallNotificationProvider and pointer clicks', () => {
  it('lets the other toasts go after their delay when one is clicked open or closed', async () => {
    const onOpen = vi.fn();
    render(
      <CallNotificationProvider durationMs={1000} onOpen={onOpen}>
        <Grab />
      </CallNotificationProvider>,
    );
    act(() => {
      for (const [i, id] of ['a', 'b', 'c'].entries()) api.notify(call(id, i));
    });
    // Newest first: c, b, a. A click on c opens its call.
    button(2).focus();
    fireEvent.click(button(2), { detail: 1 });
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'c' }));
    expect(document.activeElement?.closest('.cb-toast')).toBeNull();
    // A click on b's close button.
    const close = screen.getByRole('button', { name: /^Dismiss: .*0101$/ });
    close.focus();
    fireEvent.click(close, { detail: 1 });
    expect(document.activeElement?.closest('.cb-toast')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('still hands focus to the next toast when the click came from the keyboard', () => {
    render(
      <CallNotificationProvider durationMs={0}>
        <Grab />
      </CallNotificationProvider>,
    );
    act(() => {
      for (const [i, id] of ['a', 'b'].entries()) api.notify(call(id, i));
    });
    button(1).focus();
    fireEvent.click(button(1), { detail: 0 });
    expect(document.activeElement).toBe(button(0));
  });
});
