import type { InteractionMetadata } from '../model/interaction.js';
import { formatPhoneInternational } from '../phone/format.js';
import { messagesFor } from './messages.js';

/** 154 → "2m 34s"; 45 → "45s"; 3725 → "1h 2m 5s". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h}h ${m}m ${sec}s`;
  if (m > 0) return `${m}m ${sec}s`;
  return `${sec}s`;
}

export interface RenderInput {
  eventType: 'CALL' | 'SMS';
  metadata: InteractionMetadata;
  locale?: string;
}

/**
 * The timeline title and body of an interaction, e.g.
 * en: "Inbound call - +32 470 12 34 56" / "Duration: 2m 34s | Recording available"
 * fr: "Appel entrant - +32 470 12 34 56" / "Durée: 2m 34s | Enregistrement disponible".
 *
 * The other party is its E.164 number, formatted; else the raw value when it has digits (an
 * extension, a masked "+33 6 XX XX XX XX", a national number without a region); else, for a
 * withheld, missing or unreadable number ("anonymous", "Withheld", "sip:anonymous@…"), the
 * locale's "Unknown number" ("Numéro inconnu"), never the provider's word.
 */
export function renderInteractionText({ eventType, metadata, locale }: RenderInput): {
  title: string;
  body: string;
} {
  const t = messagesFor(locale);
  const m = metadata;
  const outbound = m.direction === 'outbound';
  const e164 = outbound ? m.calleeNumber : m.callerNumber;
  const raw = outbound ? m.calleeNumberRaw : m.callerNumberRaw;
  const number = e164 ? formatPhoneInternational(e164) : (shownRaw(raw) ?? t.unknownNumber);

  if (eventType === 'SMS') {
    return { title: `${outbound ? t.smsSent : t.smsReceived} - ${number}`, body: m.text ?? '' };
  }

  let label: string;
  if (m.callType === 'missed') label = t.missedCall;
  else if (m.callType === 'voicemail') label = t.voicemail;
  else if (m.direction === 'internal') label = t.internalCall;
  else if (outbound) label = t.outboundCall;
  else if (m.direction === 'inbound') label = t.inboundCall;
  // Direction unknown: never guess "inbound". A call still ringing is the locale's incoming call;
  // one that went further (answered, or a recording or insights show it ended) is just a call.
  else if ((m.callType ?? 'ringing') === 'ringing' && (m.callState ?? 'ringing') === 'ringing')
    label = t.ringing;
  else label = t.call ?? t.inboundCall;

  const parts: string[] = [];
  if (typeof m.durationSeconds === 'number')
    parts.push(`${t.duration}: ${formatDuration(m.durationSeconds)}`);
  if ((m.callType === 'missed' || m.callType === 'voicemail') && m.reason)
    parts.push(`${t.reason}: ${m.reason}`);
  // A download that failed for good is not "available", whatever link the provider sent.
  if (m.recordingStatus === 'failed') parts.push(t.recordingUnavailable);
  else if (m.voicemailUrl) parts.push(t.voicemailAvailable);
  else if (m.recordingUrl || m.recordingBlobKey) parts.push(t.recordingAvailable);
  if (m.transcriptStatus === 'completed') parts.push(t.transcribed);
  if (m.summaryStatus === 'completed') parts.push(t.summarized);
  return { title: `${label} - ${number}`, body: parts.join(' | ') };
}

/** The raw number, trimmed, when it has a digit to show; null for "anonymous", "" and the like. */
function shownRaw(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  return text && /\d/.test(text) ? text : null;
}
