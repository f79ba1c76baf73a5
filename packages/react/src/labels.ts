import type { Interaction, SentimentLabel } from '@callbridge/core';
import { externalNumber, formatPhoneNumber } from './format.js';

/** Texts of the call notifications and timeline items, for translation. */
export interface CallLabels {
  inbound: string;
  outbound: string;
  internal: string;
  missed: string;
  voicemail: string;
  ringing: string;
  /** A call whose direction is unknown, past ringing (a record made from after-call work alone). */
  call: string;
  unknownNumber: string;
  transcribed: string;
  summarized: string;
  sentiment: string;
  /** The sentiment values, shown after `sentiment` (default: the value, e.g. `negative`). */
  positive?: string;
  neutral?: string;
  negative?: string;
  duration: string;
  playRecording: string;
  hideRecording: string;
  dismiss: string;
  notifications: string;
}

/** English defaults. */
export const DEFAULT_LABELS: CallLabels = {
  inbound: 'Incoming call',
  outbound: 'Outgoing call',
  internal: 'Internal call',
  missed: 'Missed call',
  voicemail: 'Voicemail',
  ringing: 'Ringing',
  call: 'Call',
  unknownNumber: 'Unknown number',
  transcribed: 'Transcribed',
  summarized: 'Summarized',
  sentiment: 'Sentiment',
  duration: 'Duration',
  playRecording: 'Play recording',
  hideRecording: 'Hide recording',
  dismiss: 'Dismiss',
  notifications: 'Call notifications',
};

/** How to name the other party of a call. */
export interface PartyDisplay {
  /** The CRM contact's name when the app knows it (e.g. from `interaction.contactId`). */
  getContactName?: (interaction: Interaction) => string | null | undefined;
  /** Formats an E.164 number for display. Default `formatPhoneNumber`. */
  formatNumber?: (e164: string) => string;
}

/**
 * The contact name, else the formatted number of the other party, else "Unknown number" (also for
 * a raw value without a digit, such as a withheld caller's "anonymous").
 */
export function partyName(interaction: Interaction, display: PartyDisplay, labels: CallLabels): string {
  const name = display.getContactName?.(interaction);
  if (name) return name;
  const number = externalNumber(interaction);
  if (!number || !/\d/.test(number)) return labels.unknownNumber;
  return number.startsWith('+') ? (display.formatNumber ?? formatPhoneNumber)(number) : number;
}

/** "Incoming call", "Missed call", ... for a call's direction and outcome. */
export function callKindLabel(interaction: Interaction, labels: CallLabels): string {
  const m = interaction.metadata;
  if (m.callType === 'missed' || m.callType === 'voicemail') return labels[m.callType];
  // Direction unknown, as core titles it: a call still ringing is incoming, one past it is a call.
  return labels[
    m.direction ??
      (m.callType === 'answered' || (m.callState ?? 'ringing') !== 'ringing' ? 'call' : 'inbound')
  ];
}

/** Sentiment from the insights, else from the metadata, else null. */
export function sentimentOf(
  interaction: Interaction,
): { label: SentimentLabel; score: number | null } | null {
  const fromInsights = interaction.insights?.sentiment;
  if (fromInsights) return { label: fromInsights.label, score: fromInsights.score };
  const m = interaction.metadata;
  return m.sentimentLabel ? { label: m.sentimentLabel, score: m.sentimentScore ?? null } : null;
}
