import { describe, expect, it } from 'vitest';
import { clonePlain, detachValues } from './clone.js';

describe('clonePlain', () => {
  it('copies plain data deeply, keeping undefined values and array holes', () => {
    const source = { a: 1, b: 'x', c: null, d: undefined, e: [1, { f: true }], g: { h: { i: 2n } } };
    const copy = clonePlain(source);
    expect(copy).toStrictEqual(source);
    expect(copy.e).not.toBe(source.e);
    expect(copy.e[1]).not.toBe(source.e[1]);
    expect(copy.g.h).not.toBe(source.g.h);
    expect('d' in copy).toBe(true);
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is tested
    const sparse = clonePlain([1, , 3]);
    expect(1 in sparse).toBe(false);
    expect(sparse).toHaveLength(3);
  });

  it('leaves Dates, Maps and class instances to structuredClone', () => {
    class Point {
      constructor(readonly x: number) {}
    }
    const at = new Date(5);
    const copy = clonePlain({ at, map: new Map([['k', 1]]), point: new Point(3) });
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(at);
    expect(copy.at.getTime()).toBe(5);
    expect(copy.map.get('k')).toBe(1);
    expect(Object.getPrototypeOf(copy.point)).toBe(Object.prototype);
    expect(copy.point).toEqual({ x: 3 });
  });

  it('copies cycles like structuredClone and keeps a "__proto__" key as an own property', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    const copy = clonePlain(cyclic);
    expect(copy.self).toBe(copy);
    expect(copy).not.toBe(cyclic);
    const parsed = clonePlain(JSON.parse('{"__proto__":{"polluted":1}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect((parsed as { polluted?: number }).polluted).toBeUndefined();
  });

  it('copies own enumerable string keys only, like structuredClone', () => {
    const tag = Symbol('tag');
    const source = Object.create(null) as Record<string | symbol, unknown>;
    source.a = { b: 1 };
    source[tag] = { shared: true };
    Object.defineProperty(source, 'hidden', { value: 1, enumerable: false });
    const copy = clonePlain(source);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Reflect.ownKeys(copy)).toEqual(['a']);
    expect(copy.a).toEqual({ b: 1 });
    expect(copy.a).not.toBe(source.a);
  });

  it('rejects functions as structuredClone does', () => {
    expect(() => clonePlain({ run: () => 1 })).toThrow(/could not be cloned/i);
  });
});

describe('detachValues', () => {
  it('keeps the object, copies its nested values and drops symbol keys', () => {
    const nested = { tags: ['a'], agent: { id: 'x' } };
    const tag = Symbol('tag');
    const record: Record<string | symbol, unknown> = { ...nested, n: 1, s: 'x', z: null, [tag]: 1 };
    const out = detachValues(record);
    expect(out).toBe(record);
    expect(out.tags).toEqual(['a']);
    expect(out.tags).not.toBe(nested.tags);
    expect(out.agent).not.toBe(nested.agent);
    expect(Reflect.ownKeys(out)).toEqual(['tags', 'agent', 'n', 's', 'z']);
  });
});
