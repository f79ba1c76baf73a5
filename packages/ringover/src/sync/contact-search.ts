import { type Contact, normalizePhone } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { failureText, jsonAnswer, noContent, OVER_BUDGET, withinBudget } from './budget.js';
import type { SyncContext } from './caller-card.js';

/** One contact of a contact-search answer. */
export interface RingoverSearchContact {
  firstname: string | null;
  lastname: string | null;
  company: string | null;
  url: string | null;
  /** Numbers as Ringover's sample shows them: international digits without "+", as JSON numbers. */
  numbers: Array<{ number: number | string; type: string }>;
}

/** International digits without "+": a number the CRM wrote with spaces or dots is normalized first. */
function ringoverNumber(number: string): number | string {
  const e164 = normalizePhone(number).e164 ?? number;
  const digits = e164.replace(/^\+/, '');
  const n = Number(digits);
  return /^\d+$/.test(digits) && Number.isSafeInteger(n) ? n : digits;
}

/** Ringover knows `mobile` and `fix`: cell phones (and untyped numbers) are `mobile`, the rest `fix`. */
function phoneType(type: string | undefined): string {
  const t = type?.toLowerCase();
  return !t || t === 'mobile' || t === 'cell' ? 'mobile' : 'fix';
}

/** A CRM contact as a contact-search entry. */
export function searchContactOf(contact: Contact): RingoverSearchContact {
  return {
    firstname: contact.firstName ?? null,
    lastname: contact.lastName ?? (contact.firstName ? null : contact.displayName),
    company: contact.company ?? null,
    url: contact.url ?? null,
    numbers: contact.phones.map((p) => ({ number: ringoverNumber(p.number), type: phoneType(p.type) })),
  };
}

/**
 * Answers `search/contact` (typed in the Ringover app): an array of contacts with their numbers,
 * or 204 when nothing matches, the search fails or takes longer than the budget.
 */
export async function answerContactSearch(
  event: RingoverEventOf<'search/contact'>,
  ctx: SyncContext,
  limit = 20,
): Promise<Response> {
  const query = event.data.query_search.trim();
  if (query === '') return noContent();
  try {
    const found = await withinBudget(
      () => ctx.contacts.search(ctx.tenantId, query, { limit }),
      ctx.budgetMs,
      ctx.signal,
    );
    if (found === OVER_BUDGET) {
      ctx.logger.warn('ringover: contact search exceeded its budget; answered 204', {
        budgetMs: ctx.budgetMs,
      });
      return noContent();
    }
    return found.length > 0 ? jsonAnswer(found.slice(0, limit).map(searchContactOf)) : noContent();
  } catch (error) {
    ctx.logger.error('ringover: contact search failed; answered 204', { error: failureText(error, [query]) });
    return noContent();
  }
}
