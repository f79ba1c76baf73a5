import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { isShutdownReason, ShutdownError } from './jobs.js';

describe('ShutdownError', () => {
  it('is the one abort reason isShutdownReason takes for a shutdown', () => {
    const reason = new ShutdownError();
    expect(isShutdownReason(reason)).toBe(true);
    expect(isCallbridgeError(reason)).toBe(true);
    expect(reason).toMatchObject({ code: 'store_unavailable', status: 503 });
    // A cancellation, a time limit, a signal that did not abort: not a shutdown.
    const aborted = new AbortController();
    aborted.abort();
    for (const other of [
      aborted.signal.reason,
      AbortSignal.timeout(0).reason,
      new Error('x'),
      'x',
      null,
      undefined,
    ]) {
      expect(isShutdownReason(other)).toBe(false);
    }
  });

  it('is recognised when made by another copy of the package (CommonJS and ESM builds side by side)', () => {
    // What the brand of a copy looks like: a global symbol, not this module's class.
    const fromOtherCopy = Object.assign(new Error('closing'), {
      [Symbol.for('callbridge.jobs.shutdown')]: true,
    });
    expect(fromOtherCopy).not.toBeInstanceOf(ShutdownError);
    expect(isShutdownReason(fromOtherCopy)).toBe(true);
  });
});
