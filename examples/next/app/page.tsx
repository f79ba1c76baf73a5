import { bridge } from '../lib/bridge';
import { LiveCalls } from './live-calls';

// Read at request time: the count comes from the bridge of the running server.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export default async function Page() {
  // A Server Component reads the same bridge as the route handlers (one per process).
  const { items } = await bridge.runtime.interactions.list('tenant-a', {}, { limit: 100 });
  return (
    <main>
      <h1>callbridge · Next.js App Router</h1>
      <p>
        Webhooks arrive at <code>/api/callbridge/webhooks/ringover</code>; the calls below come from{' '}
        <code>/api/callbridge/calls</code> and update live over <code>/api/callbridge/events/stream</code>.
      </p>
      <p data-server-count={items.length}>
        {items.length === 100 ? '100 or more' : items.length} stored when this page was rendered.
      </p>
      <LiveCalls />
    </main>
  );
}
