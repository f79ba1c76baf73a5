/** The strings interaction titles and bodies are made of, per language. */
export interface InteractionMessages {
  inboundCall: string;
  outboundCall: string;
  internalCall: string;
  missedCall: string;
  voicemail: string;
  ringing: string;
  /**
   * A call whose direction is unknown and which is no longer ringing (a record made from a
   * recording, insights or a summary alone). Optional so locales added before it still type-check;
   * without it such a call is labelled `inboundCall`.
   */
  call?: string;
  smsReceived: string;
  smsSent: string;
  unknownNumber: string;
  duration: string;
  recordingAvailable: string;
  recordingUnavailable: string;
  voicemailAvailable: string;
  transcribed: string;
  summarized: string;
  reason: string;
}

export const MESSAGES: Record<string, InteractionMessages> = {
  en: {
    inboundCall: 'Inbound call',
    outboundCall: 'Outbound call',
    internalCall: 'Internal call',
    missedCall: 'Missed call',
    voicemail: 'Voicemail',
    ringing: 'Incoming call',
    call: 'Call',
    smsReceived: 'SMS received',
    smsSent: 'SMS sent',
    unknownNumber: 'Unknown number',
    duration: 'Duration',
    recordingAvailable: 'Recording available',
    recordingUnavailable: 'Recording unavailable',
    voicemailAvailable: 'Voicemail message available',
    transcribed: 'Transcribed',
    summarized: 'Summarized',
    reason: 'Reason',
  },
  fr: {
    inboundCall: 'Appel entrant',
    outboundCall: 'Appel sortant',
    internalCall: 'Appel interne',
    missedCall: 'Appel manqué',
    voicemail: 'Messagerie vocale',
    ringing: 'Appel en cours',
    call: 'Appel',
    smsReceived: 'SMS reçu',
    smsSent: 'SMS envoyé',
    unknownNumber: 'Numéro inconnu',
    duration: 'Durée',
    recordingAvailable: 'Enregistrement disponible',
    recordingUnavailable: 'Enregistrement indisponible',
    voicemailAvailable: 'Message vocal disponible',
    transcribed: 'Transcrit',
    summarized: 'Résumé',
    reason: 'Motif',
  },
};

/** The language of a locale tag ('fr-BE' → 'fr'). */
const languageOf = (locale: string): string => locale.toLowerCase().split(/[-_]/)[0] ?? '';

/** True when the stored titles and bodies have a language for this locale tag. */
export function hasMessagesFor(locale: string): boolean {
  return MESSAGES[languageOf(locale)] !== undefined;
}

/** Messages for a locale tag ('fr-BE' → fr); English when the language is unknown. */
export function messagesFor(locale: string | undefined): InteractionMessages {
  return MESSAGES[languageOf(locale ?? 'en')] ?? (MESSAGES.en as InteractionMessages);
}
