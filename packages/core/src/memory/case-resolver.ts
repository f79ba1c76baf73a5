import type { Case } from '../model/contact.js';
import type { CaseResolver } from '../ports/directory.js';

/** Options of `MemoryCaseResolver`. */
export interface MemoryCaseResolverOptions {
  /** Statuses that count as active, compared case-insensitively. Default open, active, in_progress. */
  activeStatuses?: string[];
}

/** The statuses `MemoryCaseResolver` treats as active by default. */
export const DEFAULT_ACTIVE_CASE_STATUSES: readonly string[] = ['open', 'active', 'in_progress'];

/**
 * `CaseResolver` over a fixed list of cases: the contact's active case with the latest updatedAt.
 * A case whose updatedAt is not a date (empty, garbage) ranks below every case with one, wherever
 * it is listed; among equals the first listed wins.
 */
export class MemoryCaseResolver implements CaseResolver {
  readonly #cases: Case[];
  readonly #active: Set<string>;

  constructor(cases: Case[] = [], options: MemoryCaseResolverOptions = {}) {
    this.#cases = cases.map((c) => structuredClone(c));
    this.#active = new Set(
      (options.activeStatuses ?? DEFAULT_ACTIVE_CASE_STATUSES).map((s) => s.toLowerCase()),
    );
  }

  async findActiveCase(tenantId: string, contactId: string): Promise<Case | null> {
    let best: Case | null = null;
    let bestTime = Number.NEGATIVE_INFINITY;
    for (const c of this.#cases) {
      if (c.tenantId !== tenantId || c.contactId !== contactId || !this.#active.has(c.status.toLowerCase()))
        continue;
      const time = updatedTime(c);
      if (!best || time > bestTime) {
        best = c;
        bestTime = time;
      }
    }
    return best ? structuredClone(best) : null;
  }
}

/** A case's updatedAt in ms; -Infinity when it is not a date, so any dated case is more recent. */
function updatedTime(c: Case): number {
  const time = Date.parse(c.updatedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
