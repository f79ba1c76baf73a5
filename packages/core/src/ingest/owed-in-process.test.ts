import { describe, expect, it } from 'vitest';
import { owedInProcess } from './owed.js';

describe('owedInProcess (the in-process fallback)', () => {
  it('keeps an announcement it owes when many failed writes are remembered after it', () => {
    const log = {};
    owedInProcess.add(log, 'owed', ['call_event_created']);
    // A store outage: every write throws, each remembered in case it landed.
    for (let i = 0; i < 20_000; i++) owedInProcess.thrown(log, `thrown-${i}`, false);
    expect(owedInProcess.take(log, 'owed')).toEqual({ types: ['call_event_created'], thrown: null });
    // The failed writes are bounded: the oldest are dropped, the newest kept.
    expect(owedInProcess.take(log, 'thrown-0')).toBeUndefined();
    expect(owedInProcess.take(log, 'thrown-19999')).toEqual({ types: [], thrown: { aiCompleted: false } });
  });

  it('gives the debt and the failed write of one record together, once', () => {
    const log = {};
    owedInProcess.thrown(log, 'k', true);
    owedInProcess.add(log, 'k', ['call_event_updated']);
    owedInProcess.thrown(log, 'k', false);
    expect(owedInProcess.take(log, 'k')).toEqual({
      types: ['call_event_updated'],
      thrown: { aiCompleted: true },
    });
    expect(owedInProcess.take(log, 'k')).toBeUndefined();
  });
});
