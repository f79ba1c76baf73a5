import { describe, expect, it } from 'vitest';
import { OVER_BUDGET, withinBudget } from './budget.js';

describe('withinBudget', () => {
  it('answers over budget at once when the signal is already aborted, without starting the work', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    const begun = Date.now();
    const answer = await withinBudget(
      () => {
        started = true;
        return new Promise<string>(() => {});
      },
      2000,
      controller.signal,
    );
    expect(answer).toBe(OVER_BUDGET);
    expect(Date.now() - begun).toBeLessThan(500);
    expect(started).toBe(false);
  });

  it('answers over budget when the signal aborts during the work', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const begun = Date.now();
    expect(await withinBudget(() => new Promise<string>(() => {}), 2000, controller.signal)).toBe(
      OVER_BUDGET,
    );
    expect(Date.now() - begun).toBeLessThan(500);
  });

  it('returns the work when it finishes in time', async () => {
    expect(await withinBudget(async () => 'done', 2000)).toBe('done');
  });
});
