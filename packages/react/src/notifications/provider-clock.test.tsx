import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, interaction, setVisibility, sse } from '../../test/sse-fetch.js';
import { CallNotificationProvider } from './provider.js';

afterEach(cleanup);
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-22T10:00:30Z') });
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

let n = 0;
const nextUrl = () => `https://crm.test/api/v1/events/stream?clock=${++n}`;

describe('CallNotificationProvider on a browser whose clock is off', () => {
  // The fixture calls started at 10:00:00; the server's clock says 10:00:30 (its Date header).
  const SERVER_DATE = 'Sun, 22 Nov 2026 10:00:30 GMT';
  const ringing = (id: string, startedAt: string) =>
    interaction(id, { metadata: { direction: 'inbound', callState: 'ringing', startedAt } });

  async function toastsOf(browserNow: string, calls: Array<ReturnType<typeof ringing>>) {
    vi.setSystemTime(new Date(browserNow));
    const server = createSseFetch({ date: SERVER_DATE });
    render(<CallNotificationProvider url={nextUrl()} fetch={server.fetch} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    await act(async () => {
      for (const [i, call] of calls.entries()) {
        server.connections[0]!.push(sse('call_event_created', call, String(i + 1)));
      }
      await vi.advanceTimersByTimeAsync(0);
    });
    return screen.queryAllByRole('listitem').map((item) => (item as HTMLElement).dataset.id);
  }

  it('still toasts a call ringing now when the browser clock runs 10 minutes ahead', async () => {
    expect(await toastsOf('2026-11-22T10:10:30Z', [ringing('now', '2026-11-22T10:00:00Z')])).toEqual(['now']);
  });

  it('skips a replayed call that started 5 minutes ago when the browser clock runs 10 minutes behind', async () => {
    const calls = [ringing('old', '2026-11-22T09:55:00Z'), ringing('now', '2026-11-22T10:00:00Z')];
    expect(await toastsOf('2026-11-22T09:50:30Z', calls)).toEqual(['now']);
  });
});
