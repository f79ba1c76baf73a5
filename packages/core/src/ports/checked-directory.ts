import type { Contact } from '../model/contact.js';
import type { CaseResolver, ContactDirectory } from './directory.js';
import type { Logger } from './logger.js';

/**
 * Why `value` cannot be linked for `tenantId`, or null when it can: an object with a non-empty
 * string `id` and the same `tenantId`. Only what callbridge stores and links is checked: a number
 * id would be stored as a number by one store and as text by another, and another tenant's
 * record must never be linked.
 */
function defect(value: unknown, tenantId: string): string | null {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const { id, tenantId: owner } = value as { id?: unknown; tenantId?: unknown };
  if (typeof id !== 'string' || id === '')
    return `has an id of type ${typeof id} (a non-empty string is needed)`;
  if (owner !== tenantId) return 'belongs to another tenant (its tenantId is not the one asked for)';
  return null;
}

/**
 * The integrator's ContactDirectory, held to its contract: a contact of another tenant, or one
 * whose id is not a non-empty string, is never linked or shown; it is dropped and logged as an
 * error that names the method and the fix. A directory without `search` answers no contacts
 * (logged), so a provider's contact search answers "none" instead of failing.
 */
export function checkedContacts(directory: ContactDirectory, logger: Logger): ContactDirectory {
  const refuse = (method: string, tenantId: string, why: string): void =>
    logger.error(`contacts.${method} returned a contact that ${why}; it is ignored`, {
      tenantId,
      hint: 'Return only contacts of the tenantId you are given, with string ids (String(row.id)).',
    });
  return {
    async findByPhone(tenantId, e164) {
      const contact = await directory.findByPhone(tenantId, e164);
      if (contact === null || contact === undefined) return null;
      const why = defect(contact, tenantId);
      if (why === null) return contact;
      refuse('findByPhone', tenantId, why);
      return null;
    },
    async search(tenantId, query, options) {
      if (typeof directory.search !== 'function') {
        logger.error('contacts.search is not implemented; contact searches find nothing', {
          tenantId,
          hint: 'Add search(tenantId, query, { limit }) to your ContactDirectory.',
        });
        return [];
      }
      const found = await directory.search(tenantId, query, options);
      if (!Array.isArray(found)) {
        refuse('search', tenantId, 'is not in an array');
        return [];
      }
      return found.filter((contact: Contact) => {
        const why = defect(contact, tenantId);
        if (why !== null) refuse('search', tenantId, why);
        return why === null;
      });
    },
  };
}

/**
 * The integrator's CaseResolver, held to its contract: a case of another tenant or of another
 * contact than the one asked for (a resolver bug, or a cache keyed without the contact, would
 * link the call to someone else's case), or one whose id is not a non-empty string, is not
 * linked (logged as an error).
 */
export function checkedCases(resolver: CaseResolver, logger: Logger): CaseResolver {
  return {
    async findActiveCase(tenantId, contactId) {
      const found = await resolver.findActiveCase(tenantId, contactId);
      if (found === null || found === undefined) return null;
      const why =
        defect(found, tenantId) ??
        ((found as { contactId?: unknown }).contactId === contactId
          ? null
          : 'belongs to another contact (its contactId is not the one asked for)');
      if (why === null) return found;
      logger.error(`cases.findActiveCase returned a case that ${why}; the call is linked to no case`, {
        tenantId,
        hint: 'Return only a case of the tenantId and contactId you are given, with a string id (String(row.id)) and contactId.',
      });
      return null;
    },
  };
}
