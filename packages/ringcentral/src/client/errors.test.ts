import { describe, expect, it } from 'vitest';
import { parseRingCentralError, toCallbridgeError } from './errors.js';

// RingCentral's token endpoint answers with both the OAuth fields and its own errors[] (an
// answer of the real platform: `{"error":"invalid_client","error_description":"Client
// authentication is required","errors":[{"errorCode":"OAU-123",...}]}`).
const oauth = (error: string, code: string, message: string) =>
  JSON.stringify({ error, error_description: message, errors: [{ errorCode: code, message }] });

describe('toCallbridgeError: hints that say how to fix a misconfiguration', () => {
  it('a rejected JWT (invalid_grant with errors[]) says to create a new JWT', () => {
    const error = toCallbridgeError('JWT login', 400, oauth('invalid_grant', 'OAU-251', 'Invalid assertion'));
    expect(error.hint).toMatch(/JWT/);
    expect(error.details?.errorCode).toBe('OAU-251');
    expect(error.message).toContain('Invalid assertion');
  });

  it('a wrong client id or secret (invalid_client with errors[]) says to check the app credentials', () => {
    const error = toCallbridgeError(
      'JWT login',
      401,
      oauth('invalid_client', 'OAU-123', 'Client authentication is required'),
    );
    expect(error.hint).toMatch(/client id or secret/);
  });

  it('an app without the RingSense scope, refused at subscribe, says to add it', () => {
    const body = JSON.stringify({
      errors: [{ errorCode: 'SUB-406', message: 'Required application permission is missing: [RingSense]' }],
    });
    const error = toCallbridgeError('create subscription', 403, body);
    expect(error.hint).toMatch(/RingSense/);
    expect(error.hint).toMatch(/Webhook Subscriptions/);
  });

  it('a missing app permission (CMN-401) or user permission (CMN-408) names which side to fix', () => {
    const app = toCallbridgeError(
      'read call log',
      403,
      JSON.stringify({
        errorCode: 'InsufficientPermissions',
        errors: [
          {
            errorCode: 'CMN-401',
            message: 'In order to call this API endpoint, application needs to have [ReadCallLog] permission',
          },
        ],
      }),
    );
    expect(app.hint).toMatch(/app/i);
    expect(app.hint).toMatch(/developer console/);
    const user = toCallbridgeError(
      'read call log',
      403,
      JSON.stringify({
        errors: [
          {
            errorCode: 'CMN-408',
            message:
              'In order to call this API endpoint, user needs to have [FullCompanyCallLog] permission for requested resource.',
          },
        ],
      }),
    );
    expect(user.hint).toMatch(/user/i);
    expect(user.hint).toMatch(/role/i);
  });

  it('still reads the OAuth code when errors[] is absent', () => {
    expect(parseRingCentralError(JSON.stringify({ error: 'invalid_grant' })).errorCode).toBe('invalid_grant');
  });
});
