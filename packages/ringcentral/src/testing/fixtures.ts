/**
 * Fixtures composed from RingCentral's documented field names (ids invented). Every builder
 * returns a fresh object, so tests can mutate what they get.
 */

/** Account id of every fixture. */
export const FIXTURE_ACCOUNT_ID = '809640001';
/** Extension id that owns the fixture subscription (the JWT user). */
export const FIXTURE_OWNER_ID = '62288320001';
/** Verification token of the fixture subscription. */
export const FIXTURE_VERIFICATION_TOKEN = '4f1c2d9e8b7a41d6a0c3';
/** Recording id = RingSense sourceRecordId of the fixture call. */
export const FIXTURE_RECORDING_ID = '2904417730016';
/** telephonySessionId = RingSense sourceSessionId of the fixture call. */
export const FIXTURE_SESSION_ID = 's-a0f1c2d3e4z19a7b6c5d4z3e2f10000';
/** The RingSense pbx insights event filter. */
export const INSIGHTS_FILTER = '/ai/ringsense/v1/public/accounts/~/domains/pbx/insights';

const AGENT = `p-${FIXTURE_SESSION_ID.slice(2)}-1`;
const CUSTOMER = `p-${FIXTURE_SESSION_ID.slice(2)}-2`;

/** The `insights` object of a RingSense body with every documented key, plus the undocumented QnA. */
export function insightsWithEveryKey(): Record<string, unknown> {
  return {
    Transcript: [
      { speakerId: CUSTOMER, text: "Hi, I'm calling about my renewal quote.", start: 1.4, end: 4.9 },
      { speakerId: AGENT, text: 'Sure, let me pull up your account.', start: 5.3, end: 7.8 },
    ],
    Summary: [
      { value: 'Customer asked about renewal pricing; agent offered a two-year discount.', start: 0, end: 1 },
    ],
    Highlights: [{ speakerId: AGENT, value: 'Offered 15% off for a two-year term.', start: 92.1, end: 97.6 }],
    NextSteps: [{ speakerId: AGENT, value: 'Email revised quote by Friday.', start: 160.2, end: 166.0 }],
    BulletedSummary: [
      { value: 'Renewal pricing discussed.', section: 'Overview' },
      { value: 'Discount offered for longer term.' },
    ],
    AIScore: [{ value: '7' }],
    Sentiment: [{ value: 'Positive' }],
    CallNotes: [{ value: 'Renewal call.\nCustomer price-sensitive.\nFollow up Friday.' }],
    QnA: [{ speakerId: CUSTOMER, value: 'Is there a discount? Yes, 15%.', start: 30, end: 35 }],
  };
}

/** A RingSense pbx insights body (`RecordingInsights`). */
export function insightsBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Call from Omar Haddad to Dana Lee',
    domain: 'pbx',
    sourceSessionId: FIXTURE_SESSION_ID,
    sourceRecordId: FIXTURE_RECORDING_ID,
    callDirection: 'Inbound',
    ownerExtensionId: FIXTURE_OWNER_ID,
    recordingDurationMs: 184230,
    recordingStartTime: '2025-03-04T15:30:02.100Z',
    creationTime: '2025-03-04T15:41:55.870Z',
    lastModifiedTime: '2025-03-04T15:41:55.861Z',
    speakerInfo: [
      {
        speakerId: AGENT,
        name: 'Dana Lee',
        accountId: FIXTURE_ACCOUNT_ID,
        extensionId: FIXTURE_OWNER_ID,
      },
      { speakerId: CUSTOMER, name: 'Omar Haddad', accountId: null, extensionId: null },
    ],
    insights: insightsWithEveryKey(),
    ...overrides,
  };
}

/** A full webhook notification envelope carrying `body` (RingSense insights by default). */
export function insightsNotification(
  options: {
    uuid?: string;
    body?: Record<string, unknown>;
    accountId?: string;
    ownerId?: string | number;
  } = {},
): Record<string, unknown> {
  return {
    uuid: options.uuid ?? '5512093384471029311',
    event: `/ai/ringsense/v1/public/accounts/${options.accountId ?? FIXTURE_ACCOUNT_ID}/domains/pbx/insights`,
    timestamp: '2025-03-04T15:42:10.512Z',
    subscriptionId: '7a3c1e52-0d4b-4e8f-9a61-2b5c8d0e4f17',
    ownerId: options.ownerId ?? FIXTURE_OWNER_ID,
    body: options.body ?? insightsBody(),
  };
}

/** A subscription expiry reminder notification. */
export function reminderNotification(
  subscriptionId: string,
  uuid = '7000000000000000001',
): Record<string, unknown> {
  return {
    uuid,
    event: '/restapi/v1.0/subscription/~?threshold=86400&interval=21600',
    timestamp: '2025-03-09T10:00:00.000Z',
    subscriptionId,
    ownerId: FIXTURE_OWNER_ID,
    body: { id: subscriptionId, expirationTime: '2025-03-10T10:00:00.120Z', status: 'Active' },
  };
}

/**
 * One company call-log record with a recording: the Simple view, or the Detailed view when `legs`
 * are given (build them with {@link callLogLeg}). `recordingId: null` leaves out the record's own
 * recording (a call recorded on a leg only, e.g. after a transfer).
 */
export function callLogRecord(
  options: {
    id?: string;
    /** The record's own recording id; null: no top-level recording. */
    recordingId?: string | null;
    /** Legs of the Detailed view. */
    legs?: Record<string, unknown>[];
    sessionId?: string;
    startTime?: string;
    result?: string;
    direction?: 'Inbound' | 'Outbound';
    duration?: number;
    server?: string;
    mediaServer?: string;
  } = {},
): Record<string, unknown> {
  const server = options.server ?? 'https://platform.ringcentral.com';
  const media = options.mediaServer ?? 'https://media.ringcentral.com';
  const recordingId = options.recordingId === undefined ? FIXTURE_RECORDING_ID : options.recordingId;
  const id = options.id ?? 'Y3Xk9aQz1bCdEfA';
  const account = `/restapi/v1.0/account/${FIXTURE_ACCOUNT_ID}`;
  const detailed = options.legs !== undefined;
  return {
    uri: `${server}${account}/call-log/${id}?view=${detailed ? 'Detailed' : 'Simple'}`,
    id,
    sessionId: '50213377004',
    telephonySessionId: options.sessionId ?? FIXTURE_SESSION_ID,
    startTime: options.startTime ?? '2025-03-04T15:29:58.000Z',
    duration: options.duration ?? 190,
    durationMs: (options.duration ?? 190) * 1000 + 412,
    type: 'Voice',
    direction: options.direction ?? 'Inbound',
    action: 'Phone Call',
    result: options.result ?? 'Accepted',
    from: { phoneNumber: '+14155550142', name: 'Omar Haddad', location: 'San Francisco, CA' },
    to: {
      phoneNumber: '+16505550100',
      extensionNumber: '101',
      extensionId: FIXTURE_OWNER_ID,
      name: 'Dana Lee',
    },
    extension: { uri: `${server}${account}/extension/${FIXTURE_OWNER_ID}`, id: 62288320001 },
    ...(recordingId === null ? {} : { recording: recordingInfo(recordingId, 'Automatic', server, media) }),
    ...(detailed ? { legs: options.legs, lastModifiedTime: '2025-03-04T15:33:40.123Z' } : {}),
  };
}

/** A call-log `recording` object (`CallLogRecordingInfo`). */
function recordingInfo(id: string, type: string, server: string, media: string): Record<string, unknown> {
  const account = `/restapi/v1.0/account/${FIXTURE_ACCOUNT_ID}`;
  return {
    uri: `${server}${account}/recording/${id}`,
    id,
    type,
    contentUri: `${media}${account}/recording/${id}/content`,
  };
}

/**
 * One leg of a Detailed-view call-log record (`CallLogRecordLegInfo`): by default the first leg
 * of the fixture call, the customer answered by Dana Lee (ext. 101). `recordingId` gives the leg
 * its own `recording`.
 */
export function callLogLeg(
  options: {
    startTime?: string;
    duration?: number;
    legType?: string;
    direction?: 'Inbound' | 'Outbound';
    action?: string;
    result?: string;
    master?: boolean;
    from?: Record<string, unknown>;
    to?: Record<string, unknown>;
    extensionId?: string;
    recordingId?: string;
    recordingType?: 'Automatic' | 'OnDemand';
    server?: string;
    mediaServer?: string;
  } = {},
): Record<string, unknown> {
  const server = options.server ?? 'https://platform.ringcentral.com';
  const media = options.mediaServer ?? 'https://media.ringcentral.com';
  const extensionId = options.extensionId ?? FIXTURE_OWNER_ID;
  const duration = options.duration ?? 190;
  return {
    startTime: options.startTime ?? '2025-03-04T15:29:58.000Z',
    duration,
    durationMs: duration * 1000 + 412,
    type: 'Voice',
    direction: options.direction ?? 'Inbound',
    action: options.action ?? 'Phone Call',
    result: options.result ?? 'Accepted',
    legType: options.legType ?? 'Accept',
    ...(options.master === undefined ? {} : { master: options.master }),
    from: options.from ?? { phoneNumber: '+14155550142', name: 'Omar Haddad', location: 'San Francisco, CA' },
    to: options.to ?? {
      phoneNumber: '+16505550100',
      extensionNumber: '101',
      extensionId: FIXTURE_OWNER_ID,
      name: 'Dana Lee',
    },
    extension: {
      uri: `${server}/restapi/v1.0/account/${FIXTURE_ACCOUNT_ID}/extension/${extensionId}`,
      id: Number(extensionId),
    },
    telephonySessionId: FIXTURE_SESSION_ID,
    ...(options.recordingId === undefined
      ? {}
      : {
          recording: recordingInfo(options.recordingId, options.recordingType ?? 'Automatic', server, media),
        }),
  };
}

/** A subscription as RingCentral returns it (`SubscriptionInfo`). */
export function subscriptionInfo(
  options: {
    id?: string;
    address?: string;
    eventFilters?: string[];
    status?: 'Active' | 'Blacklisted';
    creationTime?: string;
    expiresIn?: number;
    server?: string;
  } = {},
): Record<string, unknown> {
  const id = options.id ?? '7a3c1e52-0d4b-4e8f-9a61-2b5c8d0e4f17';
  const created = options.creationTime ?? '2025-03-03T10:00:00.120Z';
  const expiresIn = options.expiresIn ?? 604799;
  return {
    uri: `${options.server ?? 'https://platform.ringcentral.com'}/restapi/v1.0/subscription/${id}`,
    id,
    creationTime: created,
    status: options.status ?? 'Active',
    eventFilters: options.eventFilters ?? [INSIGHTS_FILTER.replace('~', FIXTURE_ACCOUNT_ID)],
    expirationTime: new Date(Date.parse(created) + expiresIn * 1000).toISOString(),
    expiresIn,
    deliveryMode: {
      transportType: 'WebHook',
      encryption: false,
      address: options.address ?? 'https://hooks.example.com/rc',
    },
    ...(options.status === 'Blacklisted'
      ? {
          blacklistedData: {
            reason: 'Webhook responses with code: [503], reason: [Service Unavailable]',
            blacklistedAt: created,
          },
        }
      : {}),
  };
}
