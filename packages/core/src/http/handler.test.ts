import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWebResponse } from './exchange.js';
import { bareHandlerHarness, createConformanceFixture, runAdapterConformance } from './testing/index.js';

runAdapterConformance(bareHandlerHarness, { describe, it, beforeEach, afterEach });
runAdapterConformance(bareHandlerHarness, { describe, it, beforeEach, afterEach }, { basePath: '/' });

describe('bridge.serve with a URL that is not absolute', () => {
  it('answers 400 malformed_request, not a 500', async () => {
    const fixture = createConformanceFixture();
    const answer = await fixture.bridge.serve({
      method: 'GET',
      url: 'http://a b/api/v1/calls',
      headers: new Headers(),
      signal: new AbortController().signal,
      readBody: async () => new Uint8Array(),
      toRequest: () => {
        throw new Error('not needed');
      },
    });
    expect(answer.status).toBe(400);
    expect(isWebResponse(answer) ? null : JSON.parse(answer.body ?? '')).toMatchObject({
      code: 'malformed_request',
    });
    await fixture.bridge.close();
  });
});
