import { CallbridgeError, type WebhookContext, type WebhookOutcome } from '@callbridge/core';
import { normalizeInsights, normalizeOtherRecordingInsights } from '../insights/normalize.js';
import { InsightsBodySchema } from '../insights/schema.js';
import { type ResolvedSettings, type RingCentralSettings, resolveSettings } from '../settings.js';
import { issuePaths, parseEnvelope } from './envelope.js';
import { isInsightsEvent, isReminderEvent } from './events.js';
import { echoableToken, handshakeResponse } from './handshake.js';
import { verifyAccount, verifyToken } from './verify.js';

/** What the receiver does with a subscription reminder (the provider enqueues a renewal). */
export type ReminderHandler = (input: {
  tenantId: string;
  subscriptionId: string | null;
  uuid: string;
}) => Promise<void>;

/**
 * Builds `receive(context)`: the tenant, the validation handshake, then Verification-Token and account
 * checks, then the envelope; RingSense insights become one `insights` CallEvent (deliveryId =
 * `uuid`), reminders trigger `onReminder`, anything else is acknowledged and ignored.
 */
export function createReceiver(options: {
  settings: RingCentralSettings;
  onReminder: ReminderHandler;
  /**
   * The recording that keys the record of `recordingId`'s call, when the call log listed it as
   * one of that call's other recordings (see `mainRecordingOf`); null otherwise.
   */
  mainRecordingOf?: (tenantId: string, recordingId: string) => Promise<string | null>;
  /**
   * Keeps insights the call log has not listed the recording of yet, to join the call's record
   * later (see `HeldInsights`); false when they are to be stored at once.
   */
  hold?: (input: {
    settings: ResolvedSettings;
    tenantId: string;
    uuid: string;
    recordingId: string;
    notification: Uint8Array;
  }) => Promise<boolean>;
}): (context: WebhookContext) => Promise<WebhookOutcome> {
  return async (context) => {
    // The handshake too: only a tenant's own address is ever subscribed, so a validation request
    // for an unknown tenant is refused like any other webhook of one (404 unknown_tenant).
    const tenant = context.tenant;
    if (!tenant) {
      throw new CallbridgeError('unknown_tenant', 'No tenant for this RingCentral webhook.', {
        hint: 'Post to /webhooks/ringcentral/<tenantKey>, or give the tenant directory a default().',
      });
    }
    const validationToken = context.headers.get('validation-token');
    if (validationToken !== null && context.body.byteLength === 0) {
      return { kind: 'response', response: handshakeResponse(validationToken) };
    }
    // A notification that also carries a Validation-Token gets it back (ringcentral.md §4, OQ1).
    const echoed = validationToken === null ? null : echoableToken(validationToken);
    const headers = echoed === null ? undefined : { 'Validation-Token': echoed };
    const settings = resolveSettings(options.settings, tenant);
    verifyToken(context.headers, settings);
    if (context.body.byteLength === 0) {
      throw new CallbridgeError('malformed_body', 'The RingCentral notification has no body.', {
        hint: 'Only the validation request (with a Validation-Token header) may be empty.',
      });
    }
    const { envelope, raw } = parseEnvelope(context.body);
    verifyAccount(envelope, settings);
    if (isReminderEvent(envelope.event)) {
      await options.onReminder({
        tenantId: tenant.id,
        subscriptionId: envelope.subscriptionId ?? null,
        uuid: envelope.uuid,
      });
      return { kind: 'ignored', reason: 'subscription reminder: renewal scheduled', headers };
    }
    if (!isInsightsEvent(envelope.event)) {
      context.logger.info('ringcentral: notification of an unhandled event ignored', {
        event: envelope.event,
      });
      return { kind: 'ignored', reason: 'unhandled RingCentral event', headers };
    }
    const body = InsightsBodySchema.safeParse(envelope.body);
    if (!body.success) {
      const paths = issuePaths(body.error.issues);
      throw new CallbridgeError('malformed_body', `The RingSense insights body is malformed (${paths}).`, {
        hint: 'Expected RecordingInsights with sourceRecordId; RingSense is beta, report the payload shape.',
      });
    }
    const common = {
      tenantId: tenant.id,
      deliveryId: envelope.uuid,
      timestamp: envelope.timestamp ?? null,
      body: body.data,
      raw,
      logger: context.logger,
    };
    // A transferred call's other recording: its insights join the call's record.
    const main = (await options.mainRecordingOf?.(tenant.id, body.data.sourceRecordId)) ?? null;
    const held =
      main === null &&
      (await options.hold?.({
        settings,
        tenantId: tenant.id,
        uuid: envelope.uuid,
        recordingId: body.data.sourceRecordId,
        notification: context.body,
      }));
    if (held)
      return {
        kind: 'ignored',
        reason: 'RingSense insights held until the call log lists their call',
        headers,
      };
    const event =
      main === null
        ? normalizeInsights(common)
        : normalizeOtherRecordingInsights({ ...common, mainRecordingId: main });
    return { kind: 'events', tenant, events: [event], headers };
  };
}
