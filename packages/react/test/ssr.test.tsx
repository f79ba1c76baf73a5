// @vitest-environment node
import type { Interaction } from '@callbridge/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
// Importing in a node environment (no window, no document) is itself part of the check.
import { CallNotificationProvider, CallPlayer, CallTimelineItem, useEventStream } from '../src/index.js';
import { interaction } from './sse-fetch.js';

function Live() {
  const { status } = useEventStream('/api/v1/events/stream', { onEvent: () => {} });
  return <p>status:{status}</p>;
}

describe('server rendering', () => {
  it('imports and renders without window or document, and never connects', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const call = interaction('s1', {
      metadata: { ...interaction('s1').metadata, recordingUrl: 'https://cdn.test/r.mp3' },
    }) as unknown as Interaction;
    const html = renderToString(
      <CallNotificationProvider url="/api/v1/events/stream">
        <Live />
        <CallTimelineItem interaction={call} defaultExpanded />
        {/* A locale Intl refuses and an empty src render too (in English, "No recording."). */}
        <CallTimelineItem interaction={call} locale="fr_FR" />
        <CallPlayer src="" />
        <CallPlayer
          src="https://cdn.test/r.mp3"
          transcript={[{ speaker: null, start: 0, end: 1, text: 'hi' }]}
        />
      </CallNotificationProvider>,
    );
    expect(html).toContain('status:<!-- -->closed');
    expect(html).toContain('cb-call');
    expect(html).toContain('<audio');
    expect(html).toContain('role="status"');
    expect(html).toContain('No recording.');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
