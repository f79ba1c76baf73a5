import { describe, expect, it } from 'vitest';
import { toStoreError } from './errors.js';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('toStoreError', () => {
  it('gives the role hint to a role the server does not know (22023), not to other invalid values', () => {
    const role = toStoreError('interactions.get', pgError('22023', 'role "callbridge_app" does not exist'));
    expect(role).toMatchObject({ code: 'store_unavailable', status: 503 });
    expect(role.hint).toMatch(/SET ROLE/);
    const payload = toStoreError('broadcaster.publish', pgError('22023', 'payload string too long'));
    expect(payload).toMatchObject({ code: 'store_unavailable', status: 503 });
    expect(payload.message).not.toMatch(/permission denied/);
    expect(payload.hint ?? '').not.toMatch(/SET ROLE/);
  });
});
