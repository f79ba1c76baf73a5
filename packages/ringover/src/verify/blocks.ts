import type { RingoverKeyBlock } from '../settings.js';

const BLOCK_OF: Record<string, RingoverKeyBlock> = {
  'call/contact': 'contactCall',
  'search/contact': 'contactSearch',
  'call/routing': 'routingIvr',
  'call/ivr_response_code': 'routingIvr',
};

/** The dashboard block whose key signs webhooks of `type` (`resource/event`). */
export function keyBlockOf(type: string): RingoverKeyBlock {
  return BLOCK_OF[type] ?? 'callEvents';
}

/** Dashboard wording of a block, for error messages. */
export const BLOCK_LABEL: Record<RingoverKeyBlock, string> = {
  callEvents: 'Call events',
  contactCall: 'Contact call',
  contactSearch: 'Contact search',
  routingIvr: 'Smart routing + IVR code',
};
