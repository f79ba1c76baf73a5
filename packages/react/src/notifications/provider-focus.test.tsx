import type { Interaction } from '@callbridge/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import { CallNotificationProvider, type CallNotifications, useCallNotifications } from './provider.js';

afterEach(cleanup);

const call = (id: string, i: number) =>
  interaction(id, {
    metadata: { ...interaction(id).metadata, callerNumber: `+1415555010${i}` },
  }) as unknown as Interaction;

let api: CallNotifications;
function Grab() {
  api = useCallNotifications();
  return (
    <button type="button" onClick={() => api.notify(call('x', 0))}>
      app
    </button>
  );
}

describe('CallNotificationProvider focus', () => {
  it('hands focus to the toast before a focused toast that a new one pushes out (max)', () => {
    render(
      <CallNotificationProvider durationMs={0} max={2}>
        <Grab />
      </CallNotificationProvider>,
    );
    const app = screen.getByText('app');
    app.focus();
    fireEvent.click(app);
    act(() => api.notify(call('y', 1)));
    // Newest first: y, x. The user tabs into the oldest toast, x.
    const x = screen.getByText('+1 415 555 0100').closest('button') as HTMLElement;
    fireEvent.focus(x, { relatedTarget: app });
    x.focus();
    act(() => api.notify(call('z', 2)));
    expect(screen.queryByText('+1 415 555 0100')).toBeNull();
    expect(document.activeElement).toBe(screen.getByText('+1 415 555 0101').closest('button'));
  });

  it('hands focus back where it was when the only toast (max 1) is pushed out', () => {
    render(
      <CallNotificationProvider durationMs={0} max={1}>
        <Grab />
      </CallNotificationProvider>,
    );
    const app = screen.getByText('app');
    app.focus();
    fireEvent.click(app);
    const x = screen.getByText('+1 415 555 0100').closest('button') as HTMLElement;
    fireEvent.focus(x, { relatedTarget: app });
    x.focus();
    act(() => api.notify(call('y', 1)));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement).toBe(app);
  });
});
