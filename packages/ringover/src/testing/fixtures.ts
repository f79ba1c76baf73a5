/**
 * Ringover webhook bodies for tests, one per documented event, composed from the documented field
 * names. They are raw JSON text: the 64-bit `call_id` and `channel_id` are unquoted 20-digit
 * numbers (the hardest case), so anything that parses them with plain `JSON.parse` loses digits.
 */

/** The 64-bit call id used by every call fixture. */
export const FIXTURE_CALL_ID = '14486597828273463454';
/** The 64-bit channel id used by every call fixture. */
export const FIXTURE_CHANNEL_ID = '16390226718014117149';

const IDS = `"call_id":${FIXTURE_CALL_ID},"channel_id":${FIXTURE_CHANNEL_ID}`;
const PARTIES = `"direction":"inbound","from_number":"33612345678","to_number":"33187654321"`;
const USER = `"user_id":22673838,"user":{"user_id":22673838,"firstname":"Lea","lastname":"Martin","email":"lea@example.fr","photo":"https://cdn.ringover.com/img/users/default.jpg"}`;
const COMMON = `"id":"3f0c9a4e-7d2b-4c61-9a55-0b6e2d1f8c10",${IDS},"start_time":1767180000.401122,"start_date_time_atom":"2025-12-31T11:20:00+00:00",${PARTIES},${USER},"is_internal":0,"is_anonymous":false,"is_ivr":1`;
const IVR = `"ivr":{"name":"Standard","number":"33187654321","scenario":{"scenario_id":412,"ivr_id":98,"name":"Open hours","scenario_type":"menu"}},"ivr_data":{"number":"33187654321","scenario_name":"Open hours","ivr_name":"Standard"}`;

const call = (event: string, timestamp: string, data: string, attempt = 1) =>
  `{"resource":"call","event":"${event}","timestamp":${timestamp},"attempt":${attempt},"data":{${data}}}`;
const aftercall = (event: string, timestamp: string, data: string, attempt = 1) =>
  `{"resource":"aftercall","event":"${event}","timestamp":${timestamp},"attempt":${attempt},"data":{${IDS},${data}}}`;

/** One raw body per documented `resource/event`. */
export const ringoverFixtures = {
  'call/ringing': call('ringing', '1767180000.412345', `${COMMON},${IVR},"status":"ringing"`),
  'call/answered': call(
    'answered',
    '1767180010.5',
    `${COMMON},"answered_time":1767180010.25,"answered_date_time_atom":"2025-12-31T11:20:10+00:00","status":"answered"`,
  ),
  'call/hangup': call(
    'hangup',
    '1767180187.9',
    `${COMMON},"hangup_time":1767180187.733,"hangup_date_time_atom":"2025-12-31T11:23:07+00:00","duration_in_seconds":172,"answering_machine_detection":"MACHINE","record":"https://cdn.ringover.com/records/3f0c9a4e.mp3","private_record":"https://example.invalid/private/records/3f0c9a4e.mp3","status":"hangup"`,
  ),
  'call/missed': call(
    'missed',
    '1767180030.1',
    `${COMMON},"hangup_time":1767180030,"hangup_date_time_atom":"2025-12-31T11:20:30+00:00","reason":"no_answer","status":"missed"`,
  ),
  'call/voicemail': call(
    'voicemail',
    '1767180090.2',
    `${COMMON},"hangup_time":1767180090,"hangup_date_time_atom":"2025-12-31T11:21:30+00:00","message":"https://cdn.ringover.com/voicemails/3f0c.mp3","private_message":"https://example.invalid/private/voicemails/3f0c.mp3","reason":"busy","status":"voicemail"`,
  ),
  'call/contact': call('contact', '1767183000.7', `${IDS},${PARTIES}`),
  'call/routing': call(
    'routing',
    '1767183001.1',
    `${IDS},"direction":"inbound","from_number":33612345678,"to_number":33187654321`,
  ),
  'call/ivr_response_code': call('ivr_response_code', '1767183002.3', `${IDS},${PARTIES},"code":"42"`),
  'aftercall/comments_updated': aftercall(
    'comments_updated',
    '1767180300.1',
    `"comments":"Rappeler demain pour le devis","tags":["devis"]`,
  ),
  'aftercall/tags_updated': aftercall('tags_updated', '1767180301.1', `"tags":["devis","urgent"]`),
  'aftercall/aftercall': aftercall(
    'aftercall',
    '1767180302.1',
    `"tags":["devis"],"comments":"Client satisfait"`,
  ),
  'aftercall/record_available': aftercall(
    'record_available',
    '1767180240.02',
    `"record_link":"https://cdn.ringover.com/records/example.mp3","private_record_link":"https://example.invalid/p/example.mp3","record_duration":"172"`,
    2,
  ),
  'aftercall/voicemail_available': aftercall(
    'voicemail_available',
    '1767180241.02',
    `"voicemail_link":"https://cdn.ringover.com/voicemails/example.mp3","private_voicemail_link":null,"voicemail_duration":"30s"`,
  ),
  'aftercall/transcription_available': aftercall(
    'transcription_available',
    '1767180400.4',
    `"transcription_link":"https://app.ringover.com/transcriptions/3f0c9a4e"`,
  ),
  'aftercall/summary_available': aftercall(
    'summary_available',
    '1767180500.5',
    `"summary":"Le client demande un devis pour 12 postes."`,
  ),
  'sms/sent': `{"resource":"sms","event":"sent","timestamp":1767181100.5,"attempt":1,"data":{"id":"88213345-551201","message_id":88213345,"conversation_id":551201,"time":1767181100,"direction":"outbound","from_number":33756000111,"to_number":33612345678,"body":"Votre devis est prêt","is_internal":false,"is_collaborative":0,"user_id":22673838}}`,
  'sms/received': `{"resource":"sms","event":"received","timestamp":1767181000.5,"attempt":1,"data":{"id":"88213344-551201","message_id":88213344,"conversation_id":551201,"time":1767181000,"direction":"inbound","from_number":"33612345678","to_number":"33756000111","body":"Oui, rappelez-moi demain","is_internal":false,"is_collaborative":false,"user_id":22673838}}`,
  'search/contact': `{"ressource":"search","event":"contact","timestamp":1767182000.1,"data":{"query_search":"martin","user_id":22673838}}`,
} as const;

/** A `resource/event` Ringover may add later: must be answered 200 and stored nowhere. */
export const unknownRingoverFixture = `{"resource":"fax","event":"received","timestamp":1767184000.1,"attempt":1,"data":{"id":"fax-1","pages":2}}`;

/** The seed application's curl example payload, byte for byte (compatibility mode). */
export const seedCompatPayload =
  '{"call_id":"test-123","tenant_id":"tenant-1","call_type":"answered","caller_number":"+32470123456","callee_number":"+32471234567","direction":"inbound","duration_seconds":120,"started_at":"2026-02-17T10:30:00Z","recording_url":"https://example.com/recording.mp3"}';

/** The secret of the seed's curl example. */
export const SEED_COMPAT_SECRET = 'ringover-dev-secret';
