import type { CallBridge, Interaction } from '@callbridge/core';
import type { RingCentralProvider } from '@callbridge/ringcentral';
import {
  callLogRecord,
  createRingCentralMock,
  FIXTURE_RECORDING_ID,
  insightsBody,
  insightsNotification,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { danaLeg, R2, SAM_START, samLeg } from './transfer-legs.js';

// What the tests of RingSense insights on a transferred call share: Dana's leg recorded as R1,
// Sam's as R2 (see transfer-legs.ts), the RingCentral API mocked with msw, and record lookups.

/** Dana's recording (the fixture's). */
export const R1 = FIXTURE_RECORDING_ID;
/** The tests' clock start, after the call. */
export const T0 = Date.parse('2025-03-04T16:00:00.000Z');

/** The call log listing the transferred call, recorded on both legs; the record has no recording. */
export const transferredCall = (): ReturnType<typeof callLogRecord>[] => [
  callLogRecord({ recordingId: null, legs: [danaLeg(R1), samLeg(R2)] }),
];

/**
 * The RingCentral API mocked for the calling test file (msw, started and closed with it), its
 * call log set to `callLog()` before each test.
 */
export function mockRingCentral(callLog: () => ReturnType<typeof callLogRecord>[]) {
  const mock = createRingCentralMock();
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    mock.state.callLog = callLog();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return mock;
}

/** A poll of the call log before it lists the call: the tenant's call log is polled, insights wait. */
export async function pollBeforeTheCall(
  mock: ReturnType<typeof createRingCentralMock>,
  provider: RingCentralProvider,
): Promise<void> {
  const listed = mock.state.callLog;
  mock.state.callLog = [];
  await provider.poll('t1');
  mock.state.callLog = listed;
}

/** Every record of tenant t1. */
export const allRecords = async (bridge: CallBridge): Promise<Interaction[]> =>
  (await bridge.runtime.interactions.list('t1', {}, { limit: 100 })).items;

/** Tenant t1's RingCentral record keyed on `id`. */
export const recordOf = (bridge: CallBridge, id: string) =>
  bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', id);

/** RingSense insights of Sam's recording (R2). */
export const samInsights = () =>
  insightsNotification({
    uuid: 'insights-r2',
    body: insightsBody({ sourceRecordId: R2, recordingStartTime: SAM_START }),
  });
