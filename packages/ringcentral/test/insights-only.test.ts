import {
  createCallBridge,
  type Interaction,
  MemoryBlobStore,
  MemoryCheckpointStore,
  staticTenants,
} from '@callbridge/core';
import { ringcentral } from '@callbridge/ringcentral';
import { FakeClock } from '@callbridge/ringcentral/testing';
import { describe, expect, it } from 'vitest';
import { postWebhook, SETTINGS } from './helpers.js';

// Example C of reference/ringcentral.md §3, as sent: the speakers carry no phone number.
const EXAMPLE_C = {
  uuid: '5512093384471029311',
  event: '/ai/ringsense/v1/public/accounts/809640001/domains/pbx/insights',
  timestamp: '2025-03-04T15:42:10.512Z',
  subscriptionId: '7a3c1e52-0d4b-4e8f-9a61-2b5c8d0e4f17',
  ownerId: '62288320001',
  body: {
    title: 'Call from Dana Lee to Omar Haddad',
    domain: 'pbx',
    sourceSessionId: 's-a0f1c2d3e4z19a7b6c5d4z3e2f10000',
    sourceRecordId: '2904417730016',
    callDirection: 'Inbound',
    ownerExtensionId: '62288320001',
    recordingDurationMs: 184230,
    recordingStartTime: '2025-03-04T15:30:02.100Z',
    creationTime: '2025-03-04T15:41:55.870Z',
    lastModifiedTime: '2025-03-04T15:41:55.861Z',
    speakerInfo: [
      {
        speakerId: 'p-a0f1c2d3e4z19a7b6c5d4z3e2f10000-1',
        name: 'Dana Lee',
        accountId: '809640001',
        extensionId: '62288320001',
      },
      {
        speakerId: 'p-a0f1c2d3e4z19a7b6c5d4z3e2f10000-2',
        name: 'Omar Haddad',
        accountId: null,
        extensionId: null,
      },
    ],
    insights: {
      Summary: [
        {
          value: 'Customer asked about renewal pricing; agent offered a two-year discount.',
          start: 0,
          end: 1,
        },
      ],
      Sentiment: [{ value: 'Positive' }],
    },
  },
};

/** Posts the notification to a bridge in `locale` and reads the record through GET /calls/:id. */
async function receive(notification: unknown, locale: string): Promise<Interaction> {
  const clock = new FakeClock();
  const bridge = createCallBridge({
    providers: [ringcentral({ ...SETTINGS, clock, background: false, tenantIds: ['t1'] })],
    tenants: staticTenants([{ id: 't1', key: 'k1' }], { defaultTenantId: 't1' }),
    authenticate: () => ({ tenantId: 't1', userId: 'u1' }),
    contacts: { findByPhone: async () => null, search: async () => [] },
    stores: { checkpoints: new MemoryCheckpointStore(), blobs: new MemoryBlobStore() },
    background: false,
    now: () => clock.now(),
    locale,
  });
  expect((await postWebhook(bridge, notification)).status).toBe(200);
  const stored = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', '2904417730016');
  const res = await bridge.handle(new Request(`https://crm.example.com/api/v1/calls/${stored!.id}`));
  await bridge.close();
  return (await res.json()) as Interaction;
}

describe('RingSense insights before (or without) the call-log row', () => {
  it('store an answered call that ended, titled by its direction', async () => {
    const en = await receive(EXAMPLE_C, 'en');
    expect(en.metadata).toMatchObject({ callType: 'answered', callState: 'ended', direction: 'inbound' });
    expect(en.metadata.agent).toMatchObject({ id: '62288320001', name: 'Dana Lee' });
    expect({ title: en.title, body: en.body }).toEqual({
      title: 'Inbound call - Unknown number',
      body: 'Summarized',
    });
    expect((await receive(EXAMPLE_C, 'fr')).title).toBe('Appel entrant - Numéro inconnu');
  });

  it('without callDirection (optional in the spec) is just a call, never a guessed inbound one', async () => {
    const { callDirection: _, ...body } = EXAMPLE_C.body;
    const noDirection = { ...EXAMPLE_C, body };
    expect((await receive(noDirection, 'en')).title).toBe('Call - Unknown number');
    const fr = await receive(noDirection, 'fr');
    expect(fr.title).toBe('Appel - Numéro inconnu');
    expect(fr.metadata).toMatchObject({ callType: 'answered', callState: 'ended', direction: null });
  });
});
