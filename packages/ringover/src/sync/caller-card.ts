import { type Contact, type ContactDirectory, type Logger, normalizePhone } from '@callbridge/core';
import type { RingoverEventOf } from '../schema/envelope.js';
import { failureText, jsonAnswer, noContent, OVER_BUDGET, withinBudget } from './budget.js';

/** The caller card Ringover shows while the phone rings. */
export interface RingoverCallerCard {
  uuid: string;
  firstname: string | null;
  lastname: string | null;
  company: string | null;
  url: string | null;
  /** Flat key/values shown in the call window. */
  data: Record<string, string>;
  is_shared: boolean;
}

/** How caller cards are built. */
export interface CallerCardOptions {
  /** `is_shared` of every card (the contact is visible to the whole team). Default true. */
  isShared?: boolean;
  /** Extra lines of the card; default the contact's `data`. */
  data?: (contact: Contact) => Record<string, string>;
}

/** A CRM contact as a Ringover caller card. */
export function callerCardOf(contact: Contact, options: CallerCardOptions = {}): RingoverCallerCard {
  const firstname = contact.firstName ?? null;
  const lastname = contact.lastName ?? (firstname ? null : contact.displayName);
  return {
    uuid: contact.id,
    firstname,
    lastname,
    company: contact.company ?? null,
    url: contact.url ?? null,
    data: options.data ? options.data(contact) : (contact.data ?? {}),
    is_shared: options.isShared ?? true,
  };
}

/** What answering a synchronous request needs. */
export interface SyncContext {
  tenantId: string;
  contacts: ContactDirectory;
  logger: Logger;
  /** Time budget in ms; past it the answer is 204. */
  budgetMs: number;
  signal?: AbortSignal;
}

/**
 * Answers `call/contact`: the caller card of the customer's number (the caller on inbound calls,
 * the callee on outbound ones) from the ContactDirectory, or 204 when unknown, withheld, failing
 * or slower than the budget.
 */
export async function answerCallerCard(
  event: RingoverEventOf<'call/contact'>,
  ctx: SyncContext,
  options: CallerCardOptions = {},
): Promise<Response> {
  const d = event.data;
  const customer = d.direction === 'outbound' ? d.to_number : d.from_number;
  const e164 = normalizePhone(customer ?? null).e164;
  if (!e164) return noContent();
  try {
    const contact = await withinBudget(
      () => ctx.contacts.findByPhone(ctx.tenantId, e164),
      ctx.budgetMs,
      ctx.signal,
    );
    if (contact === OVER_BUDGET) {
      ctx.logger.warn('ringover: caller card lookup exceeded its budget; answered 204', {
        budgetMs: ctx.budgetMs,
      });
      return noContent();
    }
    return contact ? jsonAnswer(callerCardOf(contact, options)) : noContent();
  } catch (error) {
    ctx.logger.error('ringover: caller card lookup failed; answered 204', {
      error: failureText(error, [customer, e164]),
    });
    return noContent();
  }
}
