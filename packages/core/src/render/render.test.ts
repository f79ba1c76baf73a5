import { describe, expect, it } from 'vitest';
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
    ).toEqual({ title: 'Appel manqué - anonymous', body: 'Motif: no_answer' });
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

describe('formatDuration', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(154)).toBe('2m 34s');
    expect(formatDuration(3725)).toBe('1h 2m 5s');
  });
});
