import type { Case, Contact } from '../model/contact.js';

/** The CRM's contacts, looked up by E.164 number. Implemented by the integrator. */
export interface ContactDirectory {
  /** The contact owning `e164` in `tenantId`, or null. Must never return another tenant's contact. */
  findByPhone(tenantId: string, e164: string): Promise<Contact | null>;
  /** Free-text search (name, company, number) for provider contact-search requests. */
  search(tenantId: string, query: string, options?: { limit?: number }): Promise<Contact[]>;
}

/** Finds the case a call should be linked to. Implemented by the integrator. */
export interface CaseResolver {
  /** The most recent active case of the contact, or null. */
  findActiveCase(tenantId: string, contactId: string): Promise<Case | null>;
}
