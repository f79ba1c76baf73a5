import { limitStream, responseTooLarge } from '@callbridge/core';

/**
 * `fetchImpl` with the answers the RingCentral SDK reads by itself bounded: the SDK reads token
 * answers (login, refresh) and error answers (for their message) whole, with no limit of its own.
 * Every answer but a successful GET gets a body that errors past `limit` bytes. A successful GET is
 * handed back unread: `RingCentralClient.json` reads it under the same limit, and a recording is
 * streamed by core's download under `recordings.maxBytes`.
 */
export function boundedFetch(fetchImpl: typeof fetch, limit: number): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (response.body === null || (method === 'GET' && response.ok)) return response;
    const body = limitStream(response.body, limit, () => responseTooLarge('RingCentral', limit));
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
