import type { BlobStore, InteractionStore, Principal } from '@callbridge/core';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { jwtVerify, SignJWT } from 'jose';

/**
 * Recording playback for the UI: the API hands out a short-lived signed URL (an <audio> element
 * cannot send an Authorization header), and the file route checks the signature and the tenant,
 * then serves the stored blob with Range support so the player can seek.
 */
export function recordingRoutes(options: {
  secret: string;
  interactions: InteractionStore;
  blobs: BlobStore;
  authenticate(request: Request): Promise<Principal | null>;
  ttlSeconds?: number;
}) {
  const key = new TextEncoder().encode(`${options.secret}:recordings`);
  const ttl = options.ttlSeconds ?? 300;

  async function signedUrl(req: ExpressRequest, res: ExpressResponse): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const principal = await options.authenticate(new Request('http://local/', { headers }));
    if (!principal) {
      res
        .status(401)
        .type('application/problem+json')
        .json({ title: 'Sign in first', status: 401, code: 'unauthenticated' });
      return;
    }
    const id = String(req.params.id);
    const record = await options.interactions.get(principal.tenantId, id);
    if (!record?.metadata.recordingBlobKey) {
      res
        .status(404)
        .type('application/problem+json')
        .json({ title: 'No stored recording', status: 404, code: 'not_found' });
      return;
    }
    const expiresAt = Math.floor(Date.now() / 1000) + ttl;
    const sig = await new SignJWT({ tenantId: principal.tenantId, id })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(expiresAt)
      .sign(key);
    res.json({
      url: `/demo/recordings/${encodeURIComponent(id)}?sig=${sig}`,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    });
  }

  async function file(req: ExpressRequest, res: ExpressResponse): Promise<void> {
    let claims: Record<string, unknown>;
    try {
      claims = (await jwtVerify(String(req.query.sig ?? ''), key, { algorithms: ['HS256'] })).payload;
    } catch {
      res
        .status(403)
        .json({ title: 'The recording link expired or is invalid', status: 403, code: 'forbidden' });
      return;
    }
    if (claims.id !== req.params.id || typeof claims.tenantId !== 'string') {
      res.status(403).json({ title: 'The link is for another recording', status: 403, code: 'forbidden' });
      return;
    }
    const record = await options.interactions.get(claims.tenantId, String(req.params.id));
    const blob = record?.metadata.recordingBlobKey
      ? await options.blobs.get(record.metadata.recordingBlobKey)
      : null;
    if (!blob) {
      res.status(404).end();
      return;
    }
    // Demo recordings are small: buffer once and answer ranges from memory.
    const bytes = Buffer.from(await new Response(blob.body).arrayBuffer());
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', blob.contentType ?? 'audio/wav');
    res.setHeader('Cache-Control', 'private, max-age=60');
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, bytes.length - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
      if (start > end || start >= bytes.length) {
        res.status(416).setHeader('Content-Range', `bytes */${bytes.length}`).end();
        return;
      }
      res.status(206).setHeader('Content-Range', `bytes ${start}-${end}/${bytes.length}`);
      res.end(bytes.subarray(start, end + 1));
      return;
    }
    res.end(bytes);
  }

  return { signedUrl, file };
}
