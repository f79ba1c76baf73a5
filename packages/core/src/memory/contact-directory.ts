import type { Contact } from '../model/contact.js';
import type { ContactDirectory } from '../ports/directory.js';

const phoneKey = (tenantId: string, e164: string) => `${tenantId}\u0000${e164}`;
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** True when `query` looks like (part of) a phone number rather than a name. */
const isNumberQuery = (query: string) => /^[\d\s+().\-/]+$/.test(query) && digitsOf(query).length >= 3;

/**
 * `ContactDirectory` over a fixed list of contacts: `findByPhone` uses an index on
 * (tenant, E.164); `search` matches names, company and email case-insensitively, and numbers by
 * their digits (a leading trunk '0' is ignored, so "0470 12" finds +32470123456).
 */
export class MemoryContactDirectory implements ContactDirectory {
  readonly #contacts: Contact[];
  readonly #byPhone = new Map<string, Contact>();

  constructor(contacts: Contact[] = []) {
    this.#contacts = contacts.map((contact) => structuredClone(contact));
    for (const contact of this.#contacts) {
      for (const phone of contact.phones) {
        const key = phoneKey(contact.tenantId, phone.number);
        if (!this.#byPhone.has(key)) this.#byPhone.set(key, contact);
      }
    }
  }

  async findByPhone(tenantId: string, e164: string): Promise<Contact | null> {
    const found = this.#byPhone.get(phoneKey(tenantId, e164));
    return found ? structuredClone(found) : null;
  }

  async search(tenantId: string, query: string, options: { limit?: number } = {}): Promise<Contact[]> {
    const q = query.trim().toLowerCase();
    const limit = Math.max(0, options.limit ?? 20);
    if (q === '' || limit === 0) return [];
    const digits = digitsOf(q).replace(/^0+/, '');
    const byNumber = isNumberQuery(q) && digits.length > 0;
    const matches: Contact[] = [];
    for (const contact of this.#contacts) {
      if (contact.tenantId !== tenantId) continue;
      const hit = byNumber
        ? contact.phones.some((phone) => digitsOf(phone.number).includes(digits))
        : [contact.displayName, contact.firstName, contact.lastName, contact.company, contact.email].some(
            (field) => typeof field === 'string' && field.toLowerCase().includes(q),
          ) || `${contact.firstName ?? ''} ${contact.lastName ?? ''}`.toLowerCase().includes(q);
      if (hit) matches.push(structuredClone(contact));
      if (matches.length >= limit) break;
    }
    return matches;
  }
}
