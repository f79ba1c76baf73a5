import { CallbridgeError, isCallbridgeError } from '../errors.js';
import { declaresMoreThan } from '../http/body.js';
import { limitStream } from '../http/upstream-body.js';
import type { ProviderName, Source } from '../model/call-event.js';
import type { Interaction } from '../model/interaction.js';
import { isShutdownReason, type Job, type JobHandler } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { enqueueFollowUps, followUpSettings } from './follow-ups.js';
import {
  DEFAULT_MAX_RECORDING_BYTES,
  type InteractionJobData,
  RECORDING_ATTEMPTS,
  recordingBlobKey,
  recordingFailures,
} from './jobs.js';
import { errorText, type RecordWriter, recordWriter } from './record-patch.js';
import { discardBody, type Fetched, fetchFollowingRedirects } from './recording-fetch.js';
import { privateHosts, recordingUrlRefusal } from './recording-url.js';
import { redactSecrets } from './redact.js';

const PROVIDER_OF: Record<Source, ProviderName> = { RINGOVER: 'ringover', RINGCENTRAL: 'ringcentral' };

/** How long one download may take, body included. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

/** 429 and 5xx are worth retrying; other 4xx (401, 403, 404) will not get better by waiting. */
function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Records a failed try. A retryable failure with tries left throws so the queue retries with
 * backoff (the status stays 'downloading'); the last try, or a permanent failure, marks the
 * recording 'failed' with the error. Retryable failures still throw on the last try so the queue
 * lists the job as failed.
 */
async function failTry(
  runtime: BridgeRuntime,
  job: Job<InteractionJobData>,
  record: Interaction,
  write: RecordWriter,
  message: string,
  retryable: boolean,
) {
  // Error texts of fetchers and blob stores may quote the URL with its token: never store or log it.
  const safe = redactSecrets(message);
  const error = new CallbridgeError('upstream_error', safe, {
    hint: 'Check the recording URL and, for authenticated URLs, the provider credentials.',
  });
  // Cut off by close() (the job's signal aborted with a ShutdownError): not the download's fault,
  // so never 'failed', even on the last try. The record stays 'downloading' and the queue runs the
  // job again. Aborted for another reason (the queue cancelled or timed out this job): a failed
  // try like any other, and the last one marks the recording 'failed'.
  const closing = isShutdownReason(job.signal?.reason);
  const willRetry = retryable && (closing || job.attempt < RECORDING_ATTEMPTS);
  runtime.logger.warn('recording download failed', {
    ...job.data,
    attempt: job.attempt,
    willRetry,
    message: safe,
  });
  if (willRetry) throw error;
  // Counting failed downloads gives the next one a new job id (see enqueueFollowUps).
  await write({
    recordingStatus: 'failed',
    lastError: safe,
    recordingFailures: recordingFailures(record.metadata) + 1,
  });
  if (retryable) throw error;
}

/**
 * The media type of a response that cannot be a recording (a login or error page, JSON), or null.
 * A missing or unknown type is let through: some hosts send audio as application/octet-stream.
 */
function notAudio(contentType: string | null): string | null {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const refused =
    media.startsWith('text/') ||
    media === 'application/json' ||
    media === 'application/xml' ||
    media === 'application/xhtml+xml' ||
    media.endsWith('+json') ||
    media.endsWith('+xml');
  return refused ? media : null;
}

/**
 * The body with at least one byte, or null when it is empty. Reads only up to the first non-empty
 * chunk, then hands on a stream that starts with it: nothing is buffered.
 */
async function nonEmptyBody(
  body: ReadableStream<Uint8Array> | null,
): Promise<ReadableStream<Uint8Array> | null> {
  if (!body) return null;
  const reader = body.getReader();
  let first: Uint8Array | undefined;
  while (!first) {
    const { done, value } = await reader.read();
    if (done) return null;
    if (value && value.byteLength > 0) first = value;
  }
  const head = first;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** Streams the body into the blob store and marks the record 'stored'. */
async function store(
  runtime: BridgeRuntime,
  write: RecordWriter,
  key: string,
  body: ReadableStream<Uint8Array>,
  contentType: string | null,
) {
  const info = await runtime.blobs.put(key, body, { contentType });
  return write({
    recordingStatus: 'stored',
    recordingBlobKey: key,
    recordingContentType: info.contentType ?? contentType,
  });
}

/**
 * The `callbridge.recording.download` job: streams the record's recording URL into the blob
 * store under `${tenantId}/${source}/${sourceRecordId}`, never buffering the whole file and never
 * more than `recordings.maxBytes` (a larger recording fails at once). Skips the
 * download when the blob already exists. Status: 'downloading' → 'stored' (with
 * `recordingBlobKey` and `recordingContentType`) or 'failed' (with `lastError`). A 2xx answer that
 * is a text, HTML, JSON or XML document fails at once; an empty body is retried, then fails. Once stored, the
 * AI pipeline is enqueued when AI ports are configured.
 */
export function recordingDownloadHandler(runtime: BridgeRuntime): JobHandler<InteractionJobData> {
  return async (job) => {
    const data = job.data;
    const record = await runtime.interactions.getBySource(data.tenantId, data.source, data.sourceRecordId);
    const url = record?.metadata.recordingUrl;
    if (!record || !url) {
      runtime.logger.warn('recording download skipped: no record or no recording URL', {
        tenantId: data.tenantId,
        source: data.source,
        sourceRecordId: data.sourceRecordId,
      });
      return;
    }
    const key = recordingBlobKey(data);
    const write = recordWriter(runtime, record);
    const existing = await runtime.blobs.head(key);
    let stored: Interaction;
    if (existing) {
      const applied = await write({
        recordingStatus: 'stored',
        recordingBlobKey: key,
        recordingContentType: existing.contentType,
      });
      stored = applied.interaction;
    } else {
      const allowPrivate = privateHosts(runtime.config.recordings?.allowPrivateHosts);
      const refusal = recordingUrlRefusal(url, allowPrivate);
      if (refusal !== null) {
        // Waiting will not change the URL: fail at once (the text never repeats the URL's query).
        const message = `The recording URL ${refusal}, so it is not downloaded. Check the recording URL the provider sent; a new recording event re-arms the download.`;
        await failTry(runtime, job, record, write, message, false);
        return;
      }
      // For messages: recording URLs can carry tokens, so never the whole URL.
      const host = new URL(url).host;
      await write({ recordingStatus: 'downloading' });
      const fetcher =
        runtime.recordingFetchers?.get(PROVIDER_OF[record.source]) ??
        ((u: string, init: RequestInit) => fetch(u, init));
      const maxBytes = runtime.config.recordings?.maxBytes ?? DEFAULT_MAX_RECORDING_BYTES;
      const tooLarge = `Recording download from ${host} is larger than ${maxBytes} bytes (\`recordings.maxBytes\`), so it is not stored.`;
      // Aborts after the timeout, or when the queue closes (bridge.close() does not wait 10 min).
      // It also ends the body (see limitStream), whether or not the fetcher passed it on.
      const timeout = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
      const signal = job.signal ? AbortSignal.any([timeout, job.signal]) : timeout;
      const context = {
        ...data,
        recordingId: typeof record.metadata.recordingId === 'string' ? record.metadata.recordingId : null,
      };
      const resolveHost = allowPrivate === true ? undefined : runtime.config.recordings?.resolveHost;
      let fetched: Fetched;
      try {
        fetched = await fetchFollowingRedirects(
          url,
          (u, hop) => fetcher(u, { redirect: 'manual', signal }, { ...context, hop }),
          {
            allowPrivate,
            resolveHost,
            signal,
          },
        );
      } catch (error) {
        // A fetcher's configuration_error (no credentials for the tenant, a host it will not send
        // them to) does not get better by waiting: fail at once, with the fix in the message.
        const misconfigured = isCallbridgeError(error) && error.code === 'configuration_error';
        const fix = misconfigured && error.hint ? ` ${errorText(error.hint)}` : '';
        await failTry(
          runtime,
          job,
          record,
          write,
          `Recording download from ${host} failed: ${errorText(error)}${fix}`,
          !misconfigured,
        );
        return;
      }
      if ('refusal' in fetched) {
        const message =
          fetched.hop === 0
            ? `The recording URL ${fetched.refusal}, so it is not downloaded. Check the recording URL the provider sent; a new recording event re-arms the download.`
            : `Recording download from ${host} was redirected to a URL that ${fetched.refusal}, so it is not followed.`;
        await failTry(runtime, job, record, write, message, fetched.retryable);
        return;
      }
      const response = fetched.response;
      if (!response.ok) {
        await discardBody(response);
        const message = `Recording download from ${host} answered HTTP ${response.status}.`;
        await failTry(runtime, job, record, write, message, isRetryableStatus(response.status));
        return;
      }
      const contentType = response.headers.get('content-type');
      const refused = notAudio(contentType);
      if (refused !== null) {
        await discardBody(response);
        const message = `Recording download from ${host} answered HTTP ${response.status} with ${refused}, not audio (a login or error page?). Check the provider credentials and that the recording URL points to the audio file.`;
        await failTry(runtime, job, record, write, message, false);
        return;
      }
      if (declaresMoreThan(response.headers.get('content-length'), maxBytes)) {
        // Not awaited: the body is dropped unread, whatever the source does with the cancellation.
        void discardBody(response);
        await failTry(runtime, job, record, write, tooLarge, false);
        return;
      }
      let overLimit = false;
      const limited =
        response.body &&
        limitStream(
          response.body,
          maxBytes,
          () => {
            overLimit = true;
            return new Error(tooLarge);
          },
          signal,
        );
      let body: ReadableStream<Uint8Array> | null;
      try {
        body = await nonEmptyBody(limited);
      } catch (error) {
        if (overLimit) {
          await failTry(runtime, job, record, write, tooLarge, false);
          return;
        }
        await failTry(runtime, job, record, write, `Reading the recording failed: ${errorText(error)}`, true);
        return;
      }
      if (body === null) {
        // The provider may not have the file ready yet: worth another try.
        const message = `Recording download from ${host} answered HTTP ${response.status} with an empty body, so nothing was stored. The recording may not be ready yet (the download is retried).`;
        await failTry(runtime, job, record, write, message, true);
        return;
      }
      try {
        stored = (await store(runtime, write, key, body, contentType)).interaction;
      } catch (error) {
        // Over the size limit: it will not get smaller, so fail at once (the partial blob is gone).
        if (overLimit) {
          await failTry(runtime, job, record, write, tooLarge, false);
          return;
        }
        // The body broke off mid-stream or the blob store refused it: worth another try.
        await failTry(runtime, job, record, write, `Storing the recording failed: ${errorText(error)}`, true);
        return;
      }
    }
    await enqueueFollowUps(runtime, stored, followUpSettings(runtime));
  };
}
