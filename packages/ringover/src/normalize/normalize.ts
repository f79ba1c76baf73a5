import type { CallEventInput } from '@callbridge/core';
import type { CompatPayload } from '../schema/compat.js';
import type { RingoverEvent } from '../schema/envelope.js';
import { normalizeAftercall } from './aftercall.js';
import { normalizeLifecycle } from './call.js';
import { normalizeCompat } from './compat.js';
import { normalizeIvrResponse } from './ivr.js';
import { normalizeSms } from './sms.js';

/** Options of `normalizeRingoverEvent`. */
export interface NormalizeOptions {
  tenantId: string;
  /** Clock in ms for events without any time; default Date.now. */
  now?: () => number;
}

/**
 * Turns a parsed Ringover webhook into the CallEvents to ingest. Synchronous requests
 * (`call/contact`, `call/routing`, `search/contact`) yield none: they are answered, not stored.
 * Every event of one call shares `sourceRecordId` = `call_id` (as a string, every digit kept) and
 * `sourceSessionId` = `channel_id`, so they merge into one interaction.
 */
export function normalizeRingoverEvent(event: RingoverEvent, options: NormalizeOptions): CallEventInput[] {
  const nowMs = (options.now ?? Date.now)();
  const { tenantId } = options;
  switch (event.type) {
    case 'call/ringing':
    case 'call/answered':
    case 'call/hangup':
    case 'call/missed':
    case 'call/voicemail':
      return [normalizeLifecycle(event, tenantId, nowMs)];
    case 'aftercall/comments_updated':
    case 'aftercall/tags_updated':
    case 'aftercall/aftercall':
    case 'aftercall/record_available':
    case 'aftercall/voicemail_available':
    case 'aftercall/transcription_available':
    case 'aftercall/summary_available':
      return [normalizeAftercall(event, tenantId, nowMs)];
    case 'sms/sent':
    case 'sms/received': {
      const sms = normalizeSms(event, tenantId, nowMs);
      return sms ? [sms] : [];
    }
    case 'call/ivr_response_code': {
      const note = normalizeIvrResponse(event, tenantId, nowMs);
      return note ? [note] : [];
    }
    case 'call/contact':
    case 'call/routing':
    case 'search/contact':
      return [];
  }
}

/** The seed compatibility payload as CallEvents. */
export function normalizeCompatPayload(payload: CompatPayload, options: NormalizeOptions): CallEventInput[] {
  return [normalizeCompat(payload, options.tenantId, (options.now ?? Date.now)())];
}
