/** The demo CRM's own data: two firms (tenants) with contacts and open cases. */
export interface SeedContact {
  id: string;
  tenantId: string;
  firstName: string;
  lastName: string;
  company: string | null;
  phone: string;
  email: string | null;
}

export interface SeedCase {
  id: string;
  tenantId: string;
  contactId: string;
  title: string;
  status: 'open' | 'closed';
  updatedAt: string;
}

export const TENANTS = [
  { id: 'tenant-a', key: 'tenant-a', name: 'Dupont & Associés', users: ['alice', 'antoine'] },
  { id: 'tenant-b', key: 'tenant-b', name: 'Northwind Legal', users: ['bob', 'beatrice'] },
  { id: 'tenant-1', key: 'tenant-1', name: 'Seed tenant (curl example)', users: ['seed-user'] },
] as const;

export const CONTACTS: SeedContact[] = [
  {
    id: 'c-a-1',
    tenantId: 'tenant-a',
    firstName: 'Claire',
    lastName: 'Lambert',
    company: 'Lambert SPRL',
    phone: '+32470123456',
    email: 'claire@lambert.example',
  },
  {
    id: 'c-a-2',
    tenantId: 'tenant-a',
    firstName: 'Marc',
    lastName: 'Peeters',
    company: null,
    phone: '+32475987654',
    email: null,
  },
  {
    id: 'c-a-3',
    tenantId: 'tenant-a',
    firstName: 'Sophie',
    lastName: 'Martin',
    company: 'Atelier Martin',
    phone: '+33601020304',
    email: 'sophie@martin.example',
  },
  {
    id: 'c-b-1',
    tenantId: 'tenant-b',
    firstName: 'James',
    lastName: 'Carter',
    company: 'Carter Freight',
    phone: '+14155552671',
    email: 'james@carter.example',
  },
  {
    id: 'c-b-2',
    tenantId: 'tenant-b',
    firstName: 'Emma',
    lastName: 'Wilson',
    company: null,
    phone: '+442071838750',
    email: null,
  },
];

export const CASES: SeedCase[] = [
  {
    id: 'case-a-1',
    tenantId: 'tenant-a',
    contactId: 'c-a-1',
    title: 'Bail commercial Lambert',
    status: 'open',
    updatedAt: '2026-11-01T09:00:00Z',
  },
  {
    id: 'case-a-2',
    tenantId: 'tenant-a',
    contactId: 'c-a-1',
    title: 'Recouvrement 2025',
    status: 'closed',
    updatedAt: '2026-10-01T09:00:00Z',
  },
  {
    id: 'case-a-3',
    tenantId: 'tenant-a',
    contactId: 'c-a-3',
    title: 'Succession Martin',
    status: 'open',
    updatedAt: '2026-11-10T09:00:00Z',
  },
  {
    id: 'case-b-1',
    tenantId: 'tenant-b',
    contactId: 'c-b-1',
    title: 'Carter v. Harbor Co.',
    status: 'open',
    updatedAt: '2026-11-12T09:00:00Z',
  },
];

/** Caller numbers as Ringover sends them (digits without "+"), plus one withheld. */
export const CALLERS: Record<string, string[]> = {
  'tenant-a': ['32470123456', '32475987654', '33601020304', '32499112233'],
  'tenant-b': ['14155552671', '442071838750', '14155550100'],
};

/** The demo firms' own lines. */
export const FIRM_LINES: Record<string, string> = { 'tenant-a': '3225551234', 'tenant-b': '12125550123' };
