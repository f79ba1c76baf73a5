import type { Interaction } from '@callbridge/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, interaction, setVisibility, sse } from '../../test/sse-fetch.js';
import { useEventStream } from '../stream/use-event-stream.js';
import { CallNotificationProvider, useCallNotifications } from './provider.js';

afterEach(cleanup);
beforeEach(() => {
  // The fixture calls started at 10:00:00: 30 s ago, live.
  vi.useFakeTimers({ now: new Date('2026-11-22T10:00:30Z') });
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

let n = 0;
const nextUrl = () => `https://crm.test/api/v1/events/stream?toast=${++n}`;

function Timeline({ url, fetch }: { url: string; fetch: typeof globalThis.fetch }) {
  useEventStream(url, { fetch });
  return null;
}

describe('CallNotificationProvider', () => {
  it('shows a toast in a live region on call_event_created and opens the call on click', async () => {
    const server = createSseFetch();
    const onOpen = vi.fn();
    render(
      <CallNotificationProvider url={nextUrl()} fetch={server.fetch} onOpen={onOpen}>
        <main>app</main>
      </CallNotificationProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    // The live region wraps the list, which keeps its list semantics.
    const region = screen.getByRole('list');
    expect(region.tagName).toBe('OL');
    expect(live.contains(region)).toBe(true);
    expect(region.children).toHaveLength(0);
    await act(async () => {
      server.connections[0]!.push(sse('call_event_updated', interaction('u'), '1'));
      server.connections[0]!.push(sse('call_event_created', interaction('a'), '2'));
      server.connections[0]!.push(sse('call_event_created', interaction('a'), '3'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(region.children).toHaveLength(1);
    expect(screen.getByText('Incoming call')).toBeTruthy();
    // Isolated from the text around it, so an RTL page does not reorder the number's groups.
    expect(screen.getByText('+33 1 23 45 67 89').tagName).toBe('BDI');
    fireEvent.click(screen.getByText('Incoming call'));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    expect(region.children).toHaveLength(0);
  });

  it('connects with its credentials, apart from a stream user with other options', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    render(
      <CallNotificationProvider url={url} fetch={server.fetch} credentials="include" inactivityTimeoutMs={0}>
        <Timeline url={url} fetch={server.fetch} />
      </CallNotificationProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const credentials = server.calls.mock.calls.map(([, init]) => (init as RequestInit).credentials);
    expect(credentials.sort()).toEqual(['include', undefined]);
  });

  it('dismisses after the delay, names contacts and reports direction', async () => {
    render(
      <CallNotificationProvider
        durationMs={5000}
        getContactName={(i) => (i.id === 'b' ? 'Ada Lovelace' : null)}
      >
        <Notifier />
      </CallNotificationProvider>,
    );
    fireEvent.click(screen.getByText('notify'));
    expect(screen.getByText('Outgoing call')).toBeTruthy();
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(4999));
    expect(screen.queryByText('Ada Lovelace')).not.toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(screen.queryByText('Ada Lovelace')).toBeNull();
  });

  it('keeps a toast while hovered and closes it with the dismiss button', async () => {
    render(
      <CallNotificationProvider durationMs={1000}>
        <Notifier />
      </CallNotificationProvider>,
    );
    fireEvent.click(screen.getByText('notify'));
    const toast = screen.getByText('+1 415 555 0100').closest('li') as HTMLElement;
    fireEvent.mouseEnter(toast);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.queryByText('+1 415 555 0100')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss: Outgoing call/ }));
    expect(screen.queryByText('+1 415 555 0100')).toBeNull();
  });

  it('keeps a focused toast when the pointer leaves it, and a hovered one when focus leaves it', async () => {
    render(
      <CallNotificationProvider durationMs={1000}>
        <Notifier />
      </CallNotificationProvider>,
    );
    fireEvent.click(screen.getByText('notify'));
    const toast = screen.getByText('+1 415 555 0100').closest('li') as HTMLElement;
    // Keyboard focus on the toast, then the pointer passes over it and leaves: still focused.
    act(() => (toast.querySelector('button') as HTMLElement).focus());
    fireEvent.mouseEnter(toast);
    fireEvent.mouseLeave(toast);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.queryByText('+1 415 555 0100')).not.toBeNull();
    // Hovered, then focus goes elsewhere: still hovered.
    fireEvent.mouseEnter(toast);
    act(() => (screen.getByText('notify') as HTMLElement).focus());
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.queryByText('+1 415 555 0100')).not.toBeNull();
    // Neither: it goes after its delay.
    fireEvent.mouseLeave(toast);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.queryByText('+1 415 555 0100')).toBeNull();
  });
});

describe('CallNotificationProvider and calls that are not live', () => {
  const created = (id: string, patch: Record<string, unknown>, metadata: Record<string, unknown> = {}) =>
    interaction(id, { ...patch, metadata: { ...interaction(id).metadata, ...metadata } });

  it("announces calls ringing or live now, not the replay of ended or old ones after the tab's return", async () => {
    const server = createSseFetch();
    render(
      <CallNotificationProvider url={nextUrl()} fetch={server.fetch}>
        <Notifier />
      </CallNotificationProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    setVisibility('hidden');
    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
    setVisibility('visible');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections).toHaveLength(2);
    const now = '2026-11-22T10:10:25.000Z';
    await act(async () => {
      // What the resumed stream replays: calls of the last ten minutes, over by now...
      for (const [id, metadata] of [
        ['ended', { endedAt: '2026-11-22T10:05:00Z' }],
        ['state', { callState: 'ended' }],
        ['missed', { callType: 'missed' }],
        ['voicemail', { callType: 'voicemail' }],
      ] as const) {
        server.connections[1]!.push(
          sse('call_event_created', created(id, { occurredAt: now }, metadata), id),
        );
      }
      // ...and one created while it rang, 9 minutes ago (RingCentral writes records after the call).
      server.connections[1]!.push(
        sse('call_event_created', created('old', {}, { callType: 'ringing' }), 'o'),
      );
      server.connections[1]!.push(
        sse(
          'call_event_created',
          created('late', { occurredAt: now }, { startedAt: '2026-11-22T10:01:00Z' }),
          'l',
        ),
      );
      // A call ringing now.
      server.connections[1]!.push(sse('call_event_created', created('new', { occurredAt: now }), 'n'));
      await vi.advanceTimersByTimeAsync(0);
    });
    const toasts = screen.getAllByRole('listitem');
    expect(toasts).toHaveLength(1);
    expect(toasts[0]!.textContent).toContain('Incoming call');
    // notify() still shows what the app gives it, e.g. a missed-call toast of its own.
    fireEvent.click(screen.getByText('notify missed'));
    expect(screen.getByText('Missed call')).toBeTruthy();
  });

  it('removes a toast when its call ends, and leaves the others', async () => {
    const server = createSseFetch();
    render(
      <CallNotificationProvider url={nextUrl()} fetch={server.fetch} durationMs={0}>
        <main>app</main>
      </CallNotificationProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const ringing = (id: string) =>
      interaction(id, { metadata: { direction: 'inbound', callState: 'ringing' } });
    await act(async () => {
      server.connections[0]!.push(sse('call_event_created', ringing('a'), '1'));
      server.connections[0]!.push(sse('call_event_created', ringing('b'), '2'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getAllByText('Incoming call')).toHaveLength(2);
    await act(async () => {
      // b is answered (still live: its toast stays), a hangs up unanswered.
      server.connections[0]!.push(
        sse(
          'call_event_updated',
          interaction('b', { metadata: { direction: 'inbound', callState: 'answered' } }),
          '3',
        ),
      );
      server.connections[0]!.push(
        sse(
          'call_event_updated',
          interaction('a', {
            metadata: {
              direction: 'inbound',
              callState: 'ended',
              callType: 'missed',
              endedAt: '2026-11-22T10:00:20.000Z',
            },
          }),
          '4',
        ),
      );
      await vi.advanceTimersByTimeAsync(0);
    });
    const items = screen.getByRole('list').children;
    expect(items).toHaveLength(1);
    expect((items[0] as HTMLElement).dataset.id).toBe('b');
  });

  it('takes maxAgeMs', async () => {
    const server = createSseFetch();
    render(<CallNotificationProvider url={nextUrl()} fetch={server.fetch} maxAgeMs={10_000} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    await act(async () => {
      server.connections[0]!.push(sse('call_event_created', created('a', {}), '1'));
      server.connections[0]!.push(
        sse('call_event_created', created('b', { occurredAt: '2026-11-22T10:00:25Z' }), '2'),
      );
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('CallNotificationProvider keyboard', () => {
  const party = { x: '+1 415 555 0100', y: '+1 415 555 0101', z: '+1 415 555 0102' };
  const toastButton = (id: keyof typeof party) =>
    screen.getByText(party[id]).closest('li')?.querySelector('button') as HTMLElement;

  it('dismisses the focused toast with Escape and moves focus to the next toast, then back where it was', () => {
    render(
      <CallNotificationProvider durationMs={0}>
        <Three />
      </CallNotificationProvider>,
    );
    const trigger = screen.getByText('notify three');
    fireEvent.click(trigger);
    trigger.focus();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    // Newest first: z, y, x. The user tabs from the app into the middle toast.
    toastButton('y').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText(party.y)).toBeNull();
    expect(document.activeElement).toBe(toastButton('x'));
    // The last toast: the one above it.
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(document.activeElement).toBe(toastButton('z'));
    // Other keys do nothing.
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    // The close button of the last one: focus goes back where it was before the toasts.
    (screen.getByRole('button', { name: /^Dismiss/ }) as HTMLElement).focus();
    fireEvent.click(document.activeElement as Element);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(document.activeElement).toBe(trigger);
  });

  it('leaves focus alone when the dismissed toast did not have it', () => {
    render(
      <CallNotificationProvider durationMs={0}>
        <Three />
      </CallNotificationProvider>,
    );
    const trigger = screen.getByText('notify three');
    fireEvent.click(trigger);
    toastButton('x').focus();
    fireEvent.click(screen.getAllByRole('button', { name: /^Dismiss/ })[0]!);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(document.activeElement).toBe(toastButton('x'));
  });
});

function Notifier() {
  const { notify } = useCallNotifications();
  const call = interaction('b', {
    metadata: { direction: 'outbound', callerNumber: '+33100000000', calleeNumber: '+14155550100' },
  }) as unknown as Interaction;
  const missed = interaction('m', {
    metadata: { ...call.metadata, callType: 'missed', endedAt: '2026-11-22T09:00:00Z' },
  }) as unknown as Interaction;
  return (
    <>
      <button type="button" onClick={() => notify(call)}>
        notify
      </button>
      <button type="button" onClick={() => notify(missed)}>
        notify missed
      </button>
    </>
  );
}

function Three() {
  const { notify } = useCallNotifications();
  const calls = ['x', 'y', 'z'].map(
    (id, i) =>
      interaction(id, {
        metadata: { ...interaction(id).metadata, callerNumber: `+1415555010${i}` },
      }) as unknown as Interaction,
  );
  return (
    <button type="button" onClick={() => calls.forEach(notify)}>
      notify three
    </button>
  );
}
