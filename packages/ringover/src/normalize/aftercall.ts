import type { CallEventInput } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { callIdentity, isoOf, partyOf } from './common.js';

/** The after-call webhooks: work (tags, comments), recording, voicemail, transcript and summary. */
export type AftercallEvent = RingoverEventOf<
  | 'aftercall/comments_updated'
  | 'aftercall/tags_updated'
  | 'aftercall/aftercall'
  | 'aftercall/record_available'
  | 'aftercall/voicemail_available'
  | 'aftercall/transcription_available'
  | 'aftercall/summary_available'
>;

type Specific = Pick<CallEventInput, 'kind'> & Partial<CallEventInput>;

/** A recording or voicemail link event; the private link (needs the API key) is preferred. */
function availableMedia(
  type: 'recording' | 'voicemail',
  privateUrl: string | null | undefined,
  publicUrl: string | null | undefined,
  durationSeconds: number | null | undefined,
): Specific {
  const url = privateUrl ?? publicUrl;
  return {
    kind: 'recording_available',
    recording: url
      ? { url, type, requiresAuth: privateUrl != null, durationSeconds: durationSeconds ?? null }
      : null,
  };
}

/**
 * Ringover sends the call's whole tag list (not the added tags): the newest list replaces the
 * stored one, so a tag removed in Ringover is removed here too.
 */
function wholeTagList(tags: string[] | null | undefined): Pick<Specific, 'tags' | 'tagsComplete'> {
  return Array.isArray(tags) ? { tags, tagsComplete: true } : { tags };
}

function specific(event: AftercallEvent): Specific {
  switch (event.type) {
    case 'aftercall/comments_updated':
      return { kind: 'note', text: event.data.comments, ...wholeTagList(event.data.tags) };
    // The after-call work the agent saves once the call ended: it marks the call ended too, so a
    // record made from it alone (lifecycle webhooks late, lost or not subscribed) is not "ringing".
    case 'aftercall/aftercall':
      return { kind: 'after_call', text: event.data.comments, ...wholeTagList(event.data.tags) };
    case 'aftercall/tags_updated':
      return { kind: 'note', ...wholeTagList(event.data.tags) };
    case 'aftercall/record_available': {
      const d = event.data;
      return availableMedia('recording', d.private_record_link, d.record_link, d.record_duration);
    }
    case 'aftercall/voicemail_available': {
      const d = event.data;
      return availableMedia('voicemail', d.private_voicemail_link, d.voicemail_link, d.voicemail_duration);
    }
    case 'aftercall/transcription_available':
      return {
        kind: 'transcript_available',
        extra: event.data.transcription_link
          ? { transcriptionLink: event.data.transcription_link }
          : undefined,
      };
    case 'aftercall/summary_available':
      return {
        kind: 'summary_available',
        insights: event.data.summary ? { summary: event.data.summary } : null,
      };
  }
}

/**
 * An after-call webhook as a CallEvent of the same call (merged on `call_id`): tags and comments
 * become a note, links become recording / voicemail / transcript facts, the summary becomes insights.
 * `private_*` links are preferred.
 */
export function normalizeAftercall(event: AftercallEvent, tenantId: string, nowMs: number): CallEventInput {
  const d = event.data;
  return {
    ...callIdentity(event, tenantId, d.call_id),
    channel: 'CALL',
    direction: null,
    from: partyOf(null),
    to: partyOf(null),
    occurredAt: isoOf(event.timestamp ?? nowMs / 1000) as string,
    raw: event,
    ...specific(event),
  };
}
