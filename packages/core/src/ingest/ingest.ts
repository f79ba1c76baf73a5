import { enqueueFollowUps, followUpSettings, runsAiWork } from '../background/follow-ups.js';
import { CallbridgeError, isCallbridgeError, storeUnavailable } from '../errors.js';
import { type CallEvent, type CallEventInput, CallEventSchema } from '../model/call-event.js';
import { skipAiWork } from '../model/work-status.js';
import { redactPhone } from '../phone/index.js';
import { silentLogger } from '../ports/logger.js';
import type { IngestResult } from '../provider.js';
import type { BridgeRuntime } from '../runtime.js';
import { trackIngest } from './in-flight.js';
import { externalNumbers, normalizeParties, type Parties } from './parties.js';
import { buildUpsert } from './patch.js';
import { applyUpsert } from './publish.js';

/** Default life of a dedupe claim when the process dies mid-ingest. */
export const DEFAULT_CLAIM_TTL_MS = 30_000;
/** Default time a stored delivery is remembered as a duplicate. */
export const DEFAULT_COMMIT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A key part with `%` and `:` escaped, so the parts before the last one cannot run into each other. */
function keyPart(part: string): string {
  return part.includes(':') || part.includes('%') ? part.replace(/%/g, '%25').replace(/:/g, '%3A') : part;
}

/**
 * The dedupe key of a delivery: `${tenantId}:${provider}:${deliveryId}`, with `%` and `:` in the
 * tenant id and the provider escaped (`%25`, `%3A`): tenant `a:ringover` and tenant `a` never share
 * a key. Ids without either character give the same key as before the escaping.
 */
export function dedupeKey(event: Pick<CallEvent, 'tenantId' | 'provider' | 'deliveryId'>): string {
  return `${keyPart(event.tenantId)}:${keyPart(event.provider)}:${event.deliveryId}`;
}

/** Validates an event; a CallbridgeError 'malformed_body' naming the bad fields (never their values). */
export function parseCallEvent(input: unknown): CallEvent {
  const parsed = CallEventSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new CallbridgeError('malformed_body', `The call event is invalid (${fields.join('; ')}).`, {
    hint: 'Providers must emit events that match CallEventSchema.',
    details: { fields: parsed.error.issues.map((issue) => issue.path.join('.')) },
  });
}

async function port<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isCallbridgeError(error) ? error : storeUnavailable(what, error);
  }
}

/**
 * The contact owning the external party's number, and its most recent active case.
 *
 * Only an event with a direction knows which party is external. Without one (a RingSense insights
 * without callDirection, a provider that left the field out) the caller is tried first, and the
 * upsert marks the link as a guess (`linkIsGuess`): the merge lets it fill a call that has no
 * contact yet but never replace a stored link, atomically in the store, so the link does not
 * depend on arrival order.
 */
async function link(runtime: BridgeRuntime, event: CallEvent, parties: Parties) {
  for (const e164 of externalNumbers(event.direction, parties)) {
    const contact = await port('The contact directory', () =>
      runtime.contacts.findByPhone(event.tenantId, e164),
    );
    if (!contact) continue;
    const cases = runtime.cases;
    const found = cases
      ? await port('The case resolver', () => cases.findActiveCase(event.tenantId, contact.id))
      : null;
    return { contactId: contact.id, caseId: found?.id ?? null };
  }
  return { contactId: null, caseId: null };
}

/** Everything between the claim and the commit. */
async function store(runtime: BridgeRuntime, event: CallEvent): Promise<IngestResult> {
  const parties = normalizeParties(event, runtime.config.defaultRegion);
  const { contactId, caseId } = await link(runtime, event, parties);
  const { upsert, aiCompleted } = buildUpsert(event, {
    ...parties,
    contactId,
    caseId,
    locale: runtime.locale,
  });
  const settings = followUpSettings(runtime);
  // Nothing will run the AI work: its statuses say so instead of 'pending' (see skipAiWork).
  if (!runsAiWork(settings)) skipAiWork(upsert.metadata);
  const applied = await applyUpsert(runtime, upsert, { aiCompleted });
  await port('The job queue', () => enqueueFollowUps(runtime, applied.interaction, settings));
  // Skip building the fields (two redactions) when nobody reads them.
  if (runtime.logger !== silentLogger)
    runtime.logger.debug('call event stored', {
      tenantId: event.tenantId,
      provider: event.provider,
      sourceRecordId: event.sourceRecordId,
      kind: event.kind,
      from: redactPhone(parties.from.e164 ?? parties.from.raw),
      to: redactPhone(parties.to.e164 ?? parties.to.raw),
      created: applied.created,
      changed: applied.changed,
    });
  return {
    status: 'stored',
    interaction: applied.interaction,
    created: applied.created,
    changed: applied.changed,
  };
}

/**
 * Ingests one call event: validate → dedupe claim on `${tenantId}:${provider}:${deliveryId}` →
 * E.164 normalization of both parties (raw kept) → contact match by the external party → active
 * case link → merge into the InteractionStore → event log append + broadcast when the record
 * changed → enqueue background work → dedupe commit.
 *
 * - A delivery already committed resolves `{ status: 'duplicate' }`.
 * - A delivery another caller is storing right now throws `delivery_in_progress` (409): the
 *   provider retries it.
 * - Any failure after the claim releases it and rethrows (store failures as `store_unavailable`,
 *   503), so the provider's retry is stored: nothing is answered 2xx before it is durable.
 */
export async function ingest(runtime: BridgeRuntime, input: CallEventInput): Promise<IngestResult> {
  return ingestEvent(runtime, parseCallEvent(input));
}

/**
 * {@link ingest} for an event `parseCallEvent` has already validated. `bridge.close()` waits for
 * it to finish, and refuses it (503) once closing.
 */
export function ingestEvent(runtime: BridgeRuntime, event: CallEvent): Promise<IngestResult> {
  return trackIngest(runtime, () => claimAndStore(runtime, event));
}

async function claimAndStore(runtime: BridgeRuntime, event: CallEvent): Promise<IngestResult> {
  const key = dedupeKey(event);
  const claimTtl = runtime.config.dedupe?.claimTtlMs ?? DEFAULT_CLAIM_TTL_MS;
  const claim = await port('The dedupe store', () => runtime.dedupe.claim(key, claimTtl));
  if (claim.status === 'duplicate') return { status: 'duplicate', created: false, changed: false };
  if (claim.status === 'in_progress') {
    throw new CallbridgeError('delivery_in_progress', 'This delivery is being stored by another request.', {
      hint: 'Nothing to do: the provider retries it and gets the stored result.',
    });
  }
  try {
    const result = await store(runtime, event);
    const commitTtl = runtime.config.dedupe?.commitTtlMs ?? DEFAULT_COMMIT_TTL_MS;
    await port('The dedupe store', () => runtime.dedupe.commit(key, claim.token, commitTtl));
    return result;
  } catch (error) {
    try {
      await runtime.dedupe.release(key, claim.token);
    } catch (releaseError) {
      // The claim expires after its TTL; the provider's retry succeeds then.
      runtime.logger.error('dedupe claim release failed', {
        tenantId: event.tenantId,
        provider: event.provider,
        error: releaseError instanceof Error ? releaseError.message : String(releaseError),
      });
    }
    throw error;
  }
}
