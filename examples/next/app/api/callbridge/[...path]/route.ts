import { createRouteHandlers } from '@callbridge/next';
import { bridge } from '../../../../lib/bridge';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, POST } = createRouteHandlers(bridge);
