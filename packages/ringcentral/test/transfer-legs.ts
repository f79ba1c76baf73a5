import { callLogLeg } from '@callbridge/ringcentral/testing';

// The legs of a transferred call in the Detailed view (ringcentral.md rows 28 and 30, §2.5): the
// customer is answered by Dana Lee (ext. 101, the master leg, 40 s), who transfers to Sam Ortiz
// (ext. 102, 150 s). Each leg may carry its own `recording`.

/** The second recording of the call (the first is FIXTURE_RECORDING_ID). */
export const R2 = '2904417730017';
export const DANA_START = '2025-03-04T15:29:58.000Z';
export const SAM_START = '2025-03-04T15:30:38.000Z';

/** Dana's leg, recorded as `recordingId` when given. */
export const danaLeg = (recordingId?: string) =>
  callLogLeg({ startTime: DANA_START, duration: 40, legType: 'Accept', master: true, recordingId });

/** Sam's leg after the transfer, recorded as `recordingId` when given. */
export const samLeg = (recordingId?: string, recordingType?: 'Automatic' | 'OnDemand') =>
  callLogLeg({
    startTime: SAM_START,
    duration: 150,
    legType: 'TransferCall',
    direction: 'Outbound',
    action: 'Transfer',
    master: false,
    from: { extensionNumber: '101', extensionId: '62288320001', name: 'Dana Lee' },
    to: { extensionNumber: '102', extensionId: '62288320002', name: 'Sam Ortiz' },
    extensionId: '62288320002',
    recordingId,
    recordingType,
  });
