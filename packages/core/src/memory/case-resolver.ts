import type { Case } from '../model/contact.js';
import type { CaseResolver } from '../ports/directory.js';

/** Options of `MemoryCaseResolver`. */
export interface MemoryCaseResolverOptions {
  /** Statuses that count as active, compared case-insensitively. Default open, active, in_progress. */
  activeStatuses?: string[];
}

/** The statuses `MemoryCaseResolver` treats as active by default. */
export const DEFAULT_ACTIVE_CASE_STATUSES: readonly string[] = ['open', 'active', 'in_progress'];

/** `CaseResolver` over a fixed list of cases: the contact's active case with the latest updatedAt. */
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
    for (const c of this.#cases) {
      if (c.tenantId !== tenantId || c.contactId !== contactId || !this.#active.has(c.status.toLowerCase()))
        continue;
      if (!best || Date.parse(c.updatedAt) > Date.parse(best.updatedAt)) best = c;
    }
    return best ? structuredClone(best) : null;
  }
}
