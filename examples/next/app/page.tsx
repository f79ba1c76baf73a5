import { LiveCalls } from './live-calls';

export default function Page() {
  return (
    <main>
      <h1>callbridge · Next.js App Router</h1>
      <p>
        Webhooks arrive at <code>/api/callbridge/webhooks/ringover</code>; the calls below come from{' '}
        <code>/api/callbridge/calls</code> and update live over <code>/api/callbridge/events/stream</code>.
      </p>
      <LiveCalls />
    </main>
  );
}
