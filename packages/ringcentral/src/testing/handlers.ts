import { type HttpHandler, HttpResponse, http } from 'msw';
import { type RingCentralMockOptions, RingCentralMockState } from './mock-platform.js';

/** A mock RingCentral platform: msw handlers plus the state they read and record. */
export interface RingCentralMock {
  handlers: HttpHandler[];
  state: RingCentralMockState;
}

const unauthorized = () =>
  HttpResponse.json(
    { errorCode: 'TokenInvalid', message: 'Token is not valid', errors: [{ errorCode: 'OAU-213' }] },
    { status: 401 },
  );

const notFound = (what: string) =>
  HttpResponse.json(
    {
      errorCode: 'CMN-102',
      message: `Resource for parameter [${what}] is not found`,
      errors: [{ errorCode: 'CMN-102' }],
    },
    { status: 404 },
  );

/**
 * msw handlers for the RingCentral platform calls callbridge makes: the OAuth token endpoint
 * (JWT and refresh grants), subscription CRUD and renew, the company call log (filtered by date,
 * paged with `navigation.nextPage`) and recording content on the media host. Register them with
 * `setupServer(...mock.handlers)` and override single answers with `server.use(...)`.
 */
export function createRingCentralMock(options: RingCentralMockOptions = {}): RingCentralMock {
  const state = new RingCentralMockState(options);
  const api = `${state.server}/restapi`;
  const handlers: HttpHandler[] = [
    http.post(`${api}/oauth/token`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const grantType = form.get('grant_type') ?? '';
      if (grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
        if (!form.get('assertion')) {
          state.tokenRequests.push({ grantType, status: 400 });
          return HttpResponse.json(
            { error: 'invalid_grant', error_description: 'Missing JWT' },
            { status: 400 },
          );
        }
        state.tokenRequests.push({ grantType, status: 200 });
        return HttpResponse.json(state.issueTokens());
      }
      if (grantType === 'refresh_token') {
        const token = form.get('refresh_token') ?? '';
        if (!state.validRefreshTokens.has(token)) {
          state.tokenRequests.push({ grantType, status: 400 });
          return HttpResponse.json(
            {
              error: 'invalid_grant',
              error_description: 'Token is expired',
              errors: [{ errorCode: 'OAU-211' }],
            },
            { status: 400 },
          );
        }
        state.validRefreshTokens.delete(token);
        state.tokenRequests.push({ grantType, status: 200 });
        return HttpResponse.json(state.issueTokens());
      }
      state.tokenRequests.push({ grantType, status: 400 });
      return HttpResponse.json({ error: 'unsupported_grant_type' }, { status: 400 });
    }),
    http.get(`${api}/v1.0/subscription`, ({ request }) => {
      state.subscriptionRequests.push('GET /subscription');
      if (!state.authorized(request)) return unauthorized();
      return HttpResponse.json({
        uri: `${api}/v1.0/subscription`,
        records: [...state.subscriptions.values()],
      });
    }),
    http.post(`${api}/v1.0/subscription`, async ({ request }) => {
      state.subscriptionRequests.push('POST /subscription');
      if (!state.authorized(request)) return unauthorized();
      return HttpResponse.json(state.createSubscription((await request.json()) as Record<string, unknown>));
    }),
    http.get(`${api}/v1.0/subscription/:id`, ({ request, params }) => {
      state.subscriptionRequests.push(`GET /subscription/${params.id}`);
      if (!state.authorized(request)) return unauthorized();
      const sub = state.subscriptions.get(String(params.id));
      return sub ? HttpResponse.json(sub) : notFound('subscriptionId');
    }),
    http.post(`${api}/v1.0/subscription/:id/renew`, ({ request, params }) => {
      state.subscriptionRequests.push(`POST /subscription/${params.id}/renew`);
      if (!state.authorized(request)) return unauthorized();
      const sub = state.renewSubscription(String(params.id));
      return sub ? HttpResponse.json(sub) : notFound('subscriptionId');
    }),
    http.put(`${api}/v1.0/subscription/:id`, async ({ request, params }) => {
      state.subscriptionRequests.push(`PUT /subscription/${params.id}`);
      if (!state.authorized(request)) return unauthorized();
      const sub = state.updateSubscription(
        String(params.id),
        (await request.json()) as Record<string, unknown>,
      );
      return sub ? HttpResponse.json(sub) : notFound('subscriptionId');
    }),
    http.delete(`${api}/v1.0/subscription/:id`, ({ request, params }) => {
      state.subscriptionRequests.push(`DELETE /subscription/${params.id}`);
      if (!state.authorized(request)) return unauthorized();
      if (!state.subscriptions.delete(String(params.id))) return notFound('subscriptionId');
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${api}/v1.0/account/:accountId/call-log`, ({ request }) => {
      const url = new URL(request.url);
      state.callLogRequests.push(url);
      if (!state.authorized(request)) return unauthorized();
      return HttpResponse.json(state.callLogPage(url));
    }),
    http.get(
      `${state.mediaServer}/restapi/v1.0/account/:accountId/recording/:id/content`,
      ({ request, params }) => {
        state.recordingRequests.push(String(params.id));
        if (!state.authorized(request)) return unauthorized();
        const recording = state.recordings.get(String(params.id));
        if (!recording) return notFound('recordingId');
        return new HttpResponse(recording.body.slice(), {
          headers: { 'content-type': recording.contentType ?? 'audio/mpeg' },
        });
      },
    ),
  ];
  return { handlers, state };
}
