import { CallbridgeError, type HeaderReader, timingSafeEqual } from '@callbridge/core';
import type { ResolvedSettings } from '../settings.js';
import type { Envelope } from './envelope.js';
import { eventAccountId } from './events.js';

/**
 * Checks the `Verification-Token` header against every configured token in constant time
 * (several tokens while one is being rotated). RingCentral signs nothing: this token is the only
 * proof a notification comes from our subscription.
 */
export function verifyToken(headers: HeaderReader, settings: ResolvedSettings): void {
  if (settings.verificationTokens.length === 0) {
    throw new CallbridgeError('secret_not_configured', 'No RingCentral verification token is configured.', {
      hint: 'Set `verificationToken` in ringcentral(options) or in the tenant settings; the subscription sends it as deliveryMode.verificationToken.',
    });
  }
  const received = headers.get('verification-token');
  if (received === null || received.trim() === '') {
    throw new CallbridgeError('verification_token_invalid', 'The Verification-Token header is missing.', {
      hint: 'Create the subscription with deliveryMode.verificationToken set to the configured token.',
    });
  }
  let match = false;
  for (const token of settings.verificationTokens) {
    if (timingSafeEqual(received.trim(), token)) match = true;
  }
  if (!match) {
    throw new CallbridgeError('verification_token_invalid', 'The Verification-Token header does not match.', {
      hint: 'The subscription was created with another token: add it to `verificationToken` (a list rotates) or recreate the subscription.',
    });
  }
}

/**
 * Checks that the notification belongs to the configured account: the account id named in
 * `event` must be `accountId`, and `ownerId` must be one of `ownerIds` when those are set.
 */
export function verifyAccount(envelope: Envelope, settings: ResolvedSettings): void {
  if (!settings.accountId && !settings.ownerIds?.length) {
    throw new CallbridgeError(
      'configuration_error',
      'No RingCentral accountId (or ownerIds) is configured.',
      {
        hint: 'Set `accountId` (your RingCentral account id) so notifications of other accounts are refused.',
      },
    );
  }
  const eventAccount = eventAccountId(envelope.event);
  if (settings.accountId && eventAccount !== null && eventAccount !== settings.accountId) {
    throw new CallbridgeError('account_mismatch', 'The notification names another RingCentral account.', {
      hint: 'Check `accountId` against the account of the app user; the webhook URL may be shared with another account.',
    });
  }
  const owners = settings.ownerIds ?? [];
  if (owners.length > 0 && (!envelope.ownerId || !owners.includes(envelope.ownerId))) {
    throw new CallbridgeError(
      'account_mismatch',
      'The notification ownerId is not one of the configured ownerIds.',
      {
        hint: 'Add the extension id that owns the subscription to `ownerIds`, or remove `ownerIds` to check the account only.',
      },
    );
  }
}
