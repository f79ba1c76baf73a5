import { describe, expect, it } from 'vitest';
import { rawBodyUnavailable } from '../src/index.js';

describe('rawBodyUnavailable', () => {
  it.each([
    [undefined, '/api/v1/x'],
    ['/crm/api/v1', '/crm/api/v1/x'],
    ['/crm/api/v1/', '/crm/api/v1/x'],
    ['/v1.0', '/v1.0/x'],
  ])('names a parser exclusion that skips basePath %s and no other path', (basePath, inside) => {
    const hint = rawBodyUnavailable(basePath).hint ?? '';
    const source = /app\.use\(\/(.+)\/, express\.json\(\)\)/.exec(hint)?.[1];
    expect(source, hint).toBeDefined();
    const parsed = new RegExp(source as string);
    expect(parsed.test(inside), `${inside} is left to the router`).toBe(false);
    expect(parsed.test('/app/x'), '/app/x is parsed').toBe(true);
    if (inside.includes('.')) expect(parsed.test(inside.replace('.', 'x')), 'a dot is only a dot').toBe(true);
  });

  it('says to mount body parsers under the app paths when basePath is the root', () => {
    expect(rawBodyUnavailable('/').hint).toContain("app.use('/app', express.json())");
  });
});
