import type { Logger } from '@callbridge/core';
import { insightsBody, insightsNotification } from '@callbridge/ringcentral/testing';
import { signRingoverWebhook } from '@callbridge/ringover/testing';
import { SCRIPTS } from './scripts.js';
import { CALLERS, FIRM_LINES } from './seed-data.js';

export interface SimulatorOptions {
  baseUrl: string;
  ringoverSecret: string;
  ringcentralVerificationToken: string;
  ringcentralAccountId: string;
  /** Pause between calls. Default 8 s. */
  intervalMs?: number;
  logger: Logger;
}

type Outcome = 'answered' | 'missed' | 'voicemail' | 'ringsense';
const MIX: Outcome[] = ['answered', 'missed', 'answered', 'voicemail', 'ringsense', 'answered'];

let counter = 0;
/** A 19-20 digit id like Ringover's 64-bit call ids (beyond JS number precision on purpose). */
function callId(): string {
  counter += 1;
  return `1448659782${String(Date.now()).slice(-7)}${String(counter).padStart(3, '0')}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Posts real, signed webhooks to the running app, over HTTP, for a realistic call mix: Ringover
 * calls that ring, are answered and hang up with a recording (served by the app's demo audio
 * route), missed calls, voicemails, and RingCentral RingSense insights with a transcript.
 */
export function startSimulator(options: SimulatorOptions): {
  stop(): void;
  runOnce(tenant: string, outcome: Outcome): Promise<void>;
} {
  let stopped = false;
  const post = async (path: string, body: string, headers: Record<string, string>) => {
    const res = await fetch(`${options.baseUrl}${path}`, { method: 'POST', headers, body });
    if (!res.ok)
      options.logger.warn('simulator: webhook rejected', {
        path,
        status: res.status,
        body: await res.text(),
      });
  };

  const ringover = async (tenant: string, event: string, data: Record<string, unknown>, id: string) => {
    const now = Date.now() / 1000;
    // The id goes in as raw digits (no quotes): it does not fit a JS number, as in production.
    const body = JSON.stringify({
      resource: 'call',
      event,
      timestamp: now,
      attempt: 1,
      data: { ...data, call_id: '@@ID@@' },
    }).replace('"@@ID@@"', id);
    const url = `${options.baseUrl}/api/v1/webhooks/ringover/${tenant}`;
    await post(
      `/api/v1/webhooks/ringover/${tenant}`,
      body,
      await signRingoverWebhook(body, options.ringoverSecret, { url }),
    );
  };

  async function runOnce(tenant: string, outcome: Outcome): Promise<void> {
    const callers = CALLERS[tenant] ?? [];
    const from = callers[Math.floor(Math.random() * callers.length)] ?? '32470123456';
    const to = FIRM_LINES[tenant] ?? '3225551234';
    const script = SCRIPTS[counter % SCRIPTS.length]!;
    if (outcome === 'ringsense') {
      const recordingId = String(2904417730000 + Math.floor(Math.random() * 1e5));
      const now = new Date().toISOString();
      const body = insightsBody({
        sourceRecordId: recordingId,
        sourceSessionId: `s-demo-${recordingId}`,
        recordingStartTime: now,
        creationTime: now,
        lastModifiedTime: now,
        recordingDurationMs: script.seconds * 1000,
        speakerInfo: [
          {
            speakerId: 'agent',
            name: 'Agent',
            accountId: options.ringcentralAccountId,
            extensionId: '101',
            phoneNumber: `+${to}`,
          },
          {
            speakerId: 'caller',
            name: 'Caller',
            accountId: null,
            extensionId: null,
            phoneNumber: `+${from}`,
          },
        ],
        insights: {
          Transcript: script.segments.map((s, i) => ({
            speakerId: i % 2 === 0 ? 'agent' : 'caller',
            text: s.text,
            start: s.start,
            end: s.end,
          })),
          Summary: [{ value: `Call about ${script.id.replace('-', ' ')}.` }],
          NextSteps: [{ speakerId: 'agent', value: 'Send the follow-up by Friday.' }],
          Sentiment: [{ value: script.id === 'invoice-dispute' ? 'Negative' : 'Positive' }],
        },
      });
      const notification = insightsNotification({
        uuid: `${Date.now()}${counter}`,
        body,
        accountId: options.ringcentralAccountId,
        ownerId: '101',
      });
      await post(`/api/v1/webhooks/ringcentral/${tenant}`, JSON.stringify(notification), {
        'content-type': 'application/json',
        'verification-token': options.ringcentralVerificationToken,
      });
      return;
    }
    const id = callId();
    const start = Date.now() / 1000;
    const base = {
      id: crypto.randomUUID(),
      channel_id: `1639022671801411${String(counter).padStart(4, '0')}`,
      direction: 'inbound',
      from_number: from,
      to_number: to,
      start_time: start,
      is_internal: false,
      is_anonymous: false,
    };
    await ringover(tenant, 'ringing', { ...base, status: 'ringing' }, id);
    await sleep(1200);
    if (outcome === 'missed') {
      await ringover(
        tenant,
        'missed',
        { ...base, hangup_time: start + 20, reason: 'no_answer', status: 'missed' },
        id,
      );
      return;
    }
    if (outcome === 'voicemail') {
      const message = `${options.baseUrl}/demo-audio/${script.id}.wav`;
      await ringover(
        tenant,
        'voicemail',
        { ...base, hangup_time: start + 40, message, reason: 'no_answer', status: 'voicemail' },
        id,
      );
      return;
    }
    await ringover(tenant, 'answered', { ...base, answered_time: start + 4, status: 'answered' }, id);
    await sleep(1500);
    await ringover(
      tenant,
      'hangup',
      {
        ...base,
        answered_time: start + 4,
        hangup_time: start + 4 + script.seconds,
        duration_in_seconds: script.seconds,
        record: `${options.baseUrl}/demo-audio/${script.id}.wav`,
        status: 'hangup',
      },
      id,
    );
  }

  const loop = async () => {
    await sleep(1500);
    let i = 0;
    while (!stopped) {
      const tenant = i % 3 === 2 ? 'tenant-b' : 'tenant-a';
      const outcome = MIX[i % MIX.length]!;
      try {
        await runOnce(tenant, outcome);
      } catch (error) {
        options.logger.warn('simulator: could not post', { error: (error as Error).message });
      }
      i += 1;
      await sleep(options.intervalMs ?? 8000);
    }
  };
  void loop();
  return {
    stop() {
      stopped = true;
    },
    runOnce,
  };
}
