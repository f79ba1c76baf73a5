import { z } from 'zod';

/** A CRM contact as callbridge needs it. `url` opens it in the CRM (used for caller cards). */
export const ContactSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  displayName: z.string(),
  company: z.string().nullable().optional(),
  /** E.164 numbers. */
  phones: z.array(z.object({ number: z.string(), type: z.string().optional() })),
  email: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  /** Extra key/values shown on a caller card. */
  data: z.record(z.string(), z.string()).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A CRM case (matter, deal, ticket) a call can be linked to. */
export const CaseSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  contactId: z.string(),
  title: z.string(),
  status: z.string(),
  /** ISO time of the last activity; the most recent active case wins. */
  updatedAt: z.string(),
});
export type Case = z.infer<typeof CaseSchema>;
