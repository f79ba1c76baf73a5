import { describe, expect, it } from 'vitest';
import type { InteractionMetadata } from '../model/interaction.js';
import { formatDuration, renderInteractionText } from './index.js';

const answered = {
  direction: 'inbound' as const,
  callerNumber: '+32470123456',
  calleeNumber: '+32471234567',
  callType: 'answered' as const,
  durationSeconds: 154,
  recordingUrl: 'https://example.test/r.mp3',
};

describe('renderInteractionText', () => {
  it('renders the seed example in French and English', () => {
    expect(renderInteractionText({ eventType: 'CALL', metadata: answered, locale: 'fr-BE' })).toEqual({
      title: 'Appel entrant - +32 470 12 34 56',
      body: 'Durée: 2m 34s | Enregistrement disponible',
    });
    expect(renderInteractionText({ eventType: 'CALL', metadata: answered, locale: 'en' })).toEqual({
      title: 'Inbound call - +32 470 12 34 56',
      body: 'Duration: 2m 34s | Recording available',
    });
  });

  it('says the recording is unavailable once its download failed for good', () => {
    const failed = { ...answered, recordingStatus: 'failed' as const };
    expect(renderInteractionText({ eventType: 'CALL', metadata: failed, locale: 'en' }).body).toBe(
      'Duration: 2m 34s | Recording unavailable',
    );
    expect(renderInteractionText({ eventType: 'CALL', metadata: failed, locale: 'fr' }).body).toBe(
      'Durée: 2m 34s | Enregistrement indisponible',
    );
    const stored = { ...answered, recordingStatus: 'stored' as const };
    expect(renderInteractionText({ eventType: 'CALL', metadata: stored, locale: 'en' }).body).toBe(
      'Duration: 2m 34s | Recording available',
    );
  });

  it('names the external party: the callee of an outbound call', () => {
    const r = renderInteractionText({
      eventType: 'CALL',
      metadata: { ...answered, direction: 'outbound' },
      locale: 'en',
    });
    expect(r.title).toBe('Outbound call - +32 471 23 45 67');
  });

  it('covers missed calls, voicemail, withheld numbers, SMS and unknown locales', () => {
    expect(
      renderInteractionText({
        eventType: 'CALL',
        metadata: {
          direction: 'inbound',
          callType: 'missed',
          callerNumber: null,
          callerNumberRaw: 'anonymous',
          reason: 'no_answer',
        },
        locale: 'fr',
      }),
    ).toEqual({ title: 'Appel manqué - Numéro inconnu', body: 'Motif: no_answer' });
    expect(
      renderInteractionText({
        eventType: 'CALL',
        metadata: {
          direction: 'inbound',
          callType: 'voicemail',
          callerNumber: null,
          voicemailUrl: 'https://v',
        },
        locale: 'xx',
      }),
    ).toEqual({ title: 'Voicemail - Unknown number', body: 'Voicemail message available' });
    expect(
      renderInteractionText({
        eventType: 'SMS',
        metadata: { direction: 'outbound', calleeNumber: '+33601020304', text: 'Bonjour' },
        locale: 'fr',
      }),
    ).toEqual({ title: 'SMS envoyé - +33 6 01 02 03 04', body: 'Bonjour' });
  });
});

describe('a call whose direction is unknown', () => {
  const label = (metadata: InteractionMetadata, locale: string) =>
    renderInteractionText({ eventType: 'CALL', metadata, locale }).title.split(' - ')[0];

  it('is never called inbound: a call past ringing is just a call, in French as in English', () => {
    // A record made from a recording or RingSense insights alone: ended, answered, no direction.
    const recorded = { direction: null, callType: 'answered' as const, callState: 'ended' as const };
    expect(label(recorded, 'en')).toBe('Call');
    expect(label(recorded, 'fr')).toBe('Appel');
    // A summary alone: ended, outcome unknown.
    const summarized = { direction: null, callType: 'ringing' as const, callState: 'ended' as const };
    expect(label(summarized, 'en')).toBe('Call');
    expect(label(summarized, 'fr-BE')).toBe('Appel');
  });

  it('is still an incoming call while it rings, and missed or voicemail whatever the direction', () => {
    expect(label({ direction: null, callType: 'ringing', callState: 'ringing' }, 'en')).toBe('Incoming call');
    expect(label({ direction: null, callType: 'missed', callState: 'ended' }, 'fr')).toBe('Appel manqué');
    expect(label({ direction: null, callType: 'voicemail', callState: 'ended' }, 'en')).toBe('Voicemail');
  });
});

describe('a withheld or unreadable number', () => {
  const title = (
    raw: string | null | undefined,
    locale: string,
    direction: 'inbound' | 'outbound' = 'inbound',
  ) =>
    renderInteractionText({
      eventType: 'CALL',
      metadata:
        direction === 'inbound'
          ? { direction, callType: 'answered', callerNumber: null, callerNumberRaw: raw }
          : { direction, callType: 'answered', calleeNumber: null, calleeNumberRaw: raw },
      locale,
    }).title;

  it("is the locale's unknown number, never the provider's word, in French as in English", () => {
    for (const raw of [
      'anonymous',
      'Withheld',
      ' PRIVATE ',
      'unknown',
      'Masqué',
      'sip:anonymous@anonymous.invalid',
      '',
      '  ',
      null,
      undefined,
    ]) {
      expect(title(raw, 'fr')).toBe('Appel entrant - Numéro inconnu');
      expect(title(raw, 'fr-BE')).toBe('Appel entrant - Numéro inconnu');
      expect(title(raw, 'en')).toBe('Inbound call - Unknown number');
      expect(title(raw, 'fr', 'outbound')).toBe('Appel sortant - Numéro inconnu');
    }
    expect(
      renderInteractionText({
        eventType: 'SMS',
        metadata: { direction: 'inbound', callerNumber: null, callerNumberRaw: 'anonymous', text: 'Salut' },
        locale: 'fr',
      }),
    ).toEqual({ title: 'SMS reçu - Numéro inconnu', body: 'Salut' });
  });

  it('shows a raw value with digits that did not normalize as received, trimmed', () => {
    expect(title(' 201 ', 'fr')).toBe('Appel entrant - 201');
    expect(title('+33 6 XX XX XX XX', 'fr')).toBe('Appel entrant - +33 6 XX XX XX XX');
    expect(title('0612345678', 'en')).toBe('Inbound call - 0612345678');
  });
});

describe('formatDuration', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(154)).toBe('2m 34s');
    expect(formatDuration(3725)).toBe('1h 2m 5s');
  });
});
