import { afterEach, describe, expect, it, vi } from 'vitest';
import { callEvent, testBridge } from '../ingest/harness.test-util.js';
import type { Logger } from '../ports/logger.js';

// A bridge that is never started registers no job processors: with the in-memory queue its
// recordings would wait forever without a word. The queue says so once, with the fix.

function capture(): { logger: Logger; warnings: string[]; hints: unknown[] } {
  const warnings: string[] = [];
  const hints: unknown[] = [];
  const none = () => undefined;
  return {
    warnings,
    hints,
    logger: {
      debug: none,
      info: none,
      error: none,
      warn: (message, fields) => {
        warnings.push(message);
        hints.push(fields?.hint);
      },
    },
  };
}

// A private address: the download fails at once (no outside call), which is all these tests need.
const recording = () =>
  callEvent({ kind: 'recording_available', recording: { url: 'http://127.0.0.1:9/call-1.mp3' } });

describe('MemoryJobQueue on a bridge that was never started', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns once per job name that the job still waits after 5 s, naming bridge.start()', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { logger, warnings, hints } = capture();
    const { bridge } = await testBridge({ logger });
    await bridge.ingest(recording());
    await bridge.ingest(
      callEvent({
        sourceRecordId: 'call-2',
        kind: 'recording_available',
        recording: { url: 'http://127.0.0.1:9/2.mp3' },
      }),
    );
    await vi.advanceTimersByTimeAsync(4_900);
    expect(warnings).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(warnings).toEqual([
      'job "callbridge.recording.download" is waiting: nothing processes it in this process yet',
    ]);
    expect(String(hints[0])).toContain('bridge.start()');
    await bridge.close();
  });

  it('stays silent when the bridge starts within that time (a webhook served before start() finished)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { logger, warnings } = capture();
    const { bridge } = await testBridge({ logger });
    await bridge.ingest(recording());
    await vi.advanceTimersByTimeAsync(1_000);
    await bridge.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(warnings.filter((w) => w.includes('is waiting'))).toEqual([]);
    await bridge.close();
  });

  it('stays silent once the bridge is started', async () => {
    const { logger, warnings } = capture();
    const { bridge } = await testBridge({ logger });
    await bridge.start();
    await bridge.ingest(recording());
    expect(warnings.filter((w) => w.includes('is waiting'))).toEqual([]);
    await bridge.close();
  });
});
