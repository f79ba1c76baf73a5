// How mergeMetadata (merge-metadata.ts) merges a patch's recording and voicemail links.
import { present, setStamp, stampWins } from './merge-stamps.js';

type Meta = Record<string, unknown>;

const time = (iso: unknown): number => (typeof iso === 'string' ? Date.parse(iso) : Number.NaN);
const text = (value: unknown): string => JSON.stringify(value ?? null);

/** The keys of a recording link, merged together by `mergeRecordingLink`. */
export const RECORDING_LINK_KEYS: ReadonlySet<string> = new Set([
  'recordingUrl',
  'voicemailUrl',
  'recordingRequiresAuth',
  'recordingAt',
  'recordingId',
  'recordingDurationSeconds',
]);

/** The facts that belong to one link: another link's never stay on it. */
const LINK_FACTS = ['recordingAt', 'recordingId', 'recordingDurationSeconds'] as const;

/**
 * True when the record keeps its recording link against the patch's, so the link does not depend
 * on arrival order: a link that needs the provider's credentials beats a public one (Ringover's
 * `private_*` links are the lasting ones, its public CDN links are deprecated); otherwise the link
 * of the newer event (`recordingAt`) wins, then the larger URL, then the larger id and duration.
 */
function keepsStoredLink(current: Meta, patch: Meta): boolean {
  if (!present(current.recordingUrl)) return false;
  const storedAuth = current.recordingRequiresAuth === true;
  const patchAuth = patch.recordingRequiresAuth === true;
  if (storedAuth !== patchAuth) return storedAuth;
  if (typeof patch.recordingAt !== 'string' || typeof current.recordingAt !== 'string') return false;
  const patchAt = time(patch.recordingAt);
  const storedAt = time(current.recordingAt);
  if (patchAt !== storedAt) return patchAt < storedAt;
  const patchUrl = String(patch.recordingUrl);
  const storedUrl = String(current.recordingUrl);
  if (patchUrl !== storedUrl) return patchUrl < storedUrl;
  const facts = (m: Meta) => text([m.recordingId, m.recordingDurationSeconds]);
  return facts(patch) <= facts(current);
}

/**
 * Merges the recording link of a patch that has one (`recordingUrl`) into `out`, and says whether
 * it did. The link moves as one with its facts (whether it needs the provider's credentials, its
 * time, id and duration), whatever moment of the call its event reports: the record keeps the link
 * `keepsStoredLink` picks, with that link's own facts (none of the other link's). The voicemail
 * link is merged the same way on its own, stamped in `stamps`: a voicemail's public link losing to
 * a credentialed call recording is still the call's voicemail.
 */
export function mergeRecordingLink(out: Meta, patch: Meta, stamps: Record<string, string>): boolean {
  if (!present(patch.recordingUrl)) return false;
  if (present(patch.voicemailUrl)) {
    const at = typeof patch.recordingAt === 'string' ? patch.recordingAt : null;
    const stamp = at === null ? null : `${patch.recordingRequiresAuth === true ? 1 : 0}0|${at}`;
    if (stampWins(out, stamps, 'voicemailUrl', patch.voicemailUrl, stamp, false)) {
      out.voicemailUrl = patch.voicemailUrl;
      setStamp(stamps, 'voicemailUrl', stamp);
    }
  }
  if (keepsStoredLink(out, patch)) return true;
  out.recordingUrl = patch.recordingUrl;
  out.recordingRequiresAuth = patch.recordingRequiresAuth === true;
  for (const key of LINK_FACTS) out[key] = patch[key] ?? null;
  return true;
}
