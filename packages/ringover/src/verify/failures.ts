import { CallbridgeError } from '@callbridge/core';
import type { RingoverKeyBlock } from '../settings.js';
import { BLOCK_LABEL } from './blocks.js';

/** No signature header at all. */
export function signatureMissing(what: string, hint: string): CallbridgeError {
  return new CallbridgeError('signature_missing', `The Ringover webhook has no ${what}.`, { hint });
}

/** The block's key is not configured, so nothing can be verified. */
export function secretNotConfigured(block: RingoverKeyBlock | 'compat'): CallbridgeError {
  const setting = block === 'compat' ? 'compat.secrets' : `secrets.${block}`;
  const label = block === 'compat' ? 'seed compatibility mode' : `the "${BLOCK_LABEL[block]}" webhook block`;
  return new CallbridgeError('secret_not_configured', `No Ringover key is configured for ${label}.`, {
    hint: `Set \`${setting}\` in the Ringover settings (provider options or tenant.providers.ringover).`,
  });
}

/** The signature matched a key of another dashboard block. */
export function wrongKeyBlock(
  expected: RingoverKeyBlock,
  actual: RingoverKeyBlock,
  type: string,
): CallbridgeError {
  return new CallbridgeError(
    'signature_wrong_key_block',
    `The ${type} webhook is signed with the key of the "${BLOCK_LABEL[actual]}" block, but ${type} belongs to the "${BLOCK_LABEL[expected]}" block.`,
    {
      hint: `Copy the key shown in the "${BLOCK_LABEL[expected]}" block of the Ringover dashboard into \`secrets.${expected}\`.`,
      details: { expectedBlock: expected, signedWithBlock: actual },
    },
  );
}

/** No configured key matches the signature. */
export function signatureInvalid(scheme: string, setting: string, more = ''): CallbridgeError {
  return new CallbridgeError(
    'signature_invalid',
    `The Ringover ${scheme} signature does not match any configured key.`,
    {
      hint: `Check \`${setting}\` against the Ringover dashboard (during a rotation, list the old and the new value), and that no proxy changed the body.${more ? ` ${more}` : ''}`,
    },
  );
}
