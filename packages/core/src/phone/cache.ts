import type { PartyNumber } from '../model/call-event.js';
import { normalizePhone, type PhoneOptions } from './normalize.js';

export interface PhoneNormalizer {
  normalize(input: unknown): PartyNumber;
}

/**
 * A normalizer bound to a region, with a small LRU cache so the hot path does not re-parse the
 * same numbers (a call's events repeat its two numbers many times).
 */
export function createPhoneNormalizer(options: PhoneOptions & { cacheSize?: number } = {}): PhoneNormalizer {
  const size = options.cacheSize ?? 1000;
  const cache = new Map<string, PartyNumber>();
  return {
    normalize(input) {
      if (typeof input !== 'string' || size <= 0) return normalizePhone(input, options);
      const hit = cache.get(input);
      if (hit) {
        cache.delete(input);
        cache.set(input, hit);
        return { ...hit };
      }
      const result = normalizePhone(input, options);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      cache.set(input, result);
      return { ...result };
    },
  };
}
