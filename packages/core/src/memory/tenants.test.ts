import { describe, expect, it } from 'vitest';
import { staticTenants } from './tenants.js';

const configurationError = expect.objectContaining({ code: 'configuration_error' });

describe('staticTenants', () => {
  const tenants = [
    { id: 't1', key: 'k1' },
    { id: 't2', key: 'k2' },
  ];

  it('resolves by key, by id and the default', async () => {
    const dir = staticTenants(tenants, { defaultTenantId: 't2' });
    expect((await dir.byKey('k1'))?.id).toBe('t1');
    expect(await dir.byKey('t1')).toBeNull();
    expect((await dir.byId('t2'))?.key).toBe('k2');
    expect(await dir.byId('nope')).toBeNull();
    expect((await dir.default?.())?.id).toBe('t2');
    expect(await staticTenants(tenants).default?.()).toBeNull();
  });

  it('rejects an unknown default and duplicate keys', () => {
    expect(() => staticTenants(tenants, { defaultTenantId: 'x' })).toThrow(configurationError);
    expect(() => staticTenants([...tenants, { id: 't3', key: 'k1' }])).toThrow(configurationError);
  });

  it('rejects an empty tenant id or one holding a control character, saying how to fix it', () => {
    for (const id of ['t\u0000', 't\n', '\u001ft', 't\u007f']) {
      let error: unknown;
      try {
        staticTenants([...tenants, { id, key: 'k3' }]);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(id)).toMatchObject({
        code: 'configuration_error',
        message: expect.stringContaining('id must not contain control characters'),
        hint: expect.stringContaining('Remove NUL'),
      });
    }
    expect(() => staticTenants([{ id: '', key: 'k3' }])).toThrow(configurationError);
    // Printable ids, spaces and non-ASCII included, stay valid.
    expect(() => staticTenants([{ id: 'tenant \u00e9 1', key: 'k3' }])).not.toThrow();
  });
});
