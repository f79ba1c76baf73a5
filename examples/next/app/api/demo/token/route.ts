import { issueToken } from '../../../../lib/auth';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Demo sign-in: a bearer token for the demo tenant. A real app uses its own session. */
export async function POST(): Promise<Response> {
  const token = await issueToken({ tenantId: 'tenant-a', userId: 'next-demo' });
  return Response.json({ token, tenantId: 'tenant-a' });
}
