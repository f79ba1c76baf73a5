import type { ProviderRuntime } from '@callbridge/core';

/** Job that keeps a tenant's webhook subscription alive. */
export const SUBSCRIPTION_JOB = 'ringcentral.subscription';
/** Job that polls a tenant's company call log for new recordings. */
export const POLL_JOB = 'ringcentral.calllog.poll';
/** Job that re-reads the last 24 h of a tenant's call log (idempotent fallback). */
export const RECONCILE_JOB = 'ringcentral.calllog.reconcile';

/** Data of the scheduled jobs. `runAt` identifies one link of a schedule chain. */
export interface ScheduledJobData {
  tenantId: string;
  runAt: number;
  /** A reminder notification asked for an immediate renewal (not a chain link). */
  reason?: 'reminder';
}

const encode = (part: string) => encodeURIComponent(part).replaceAll('.', '%2E');
const scheduleKey = (name: string, tenantId: string) => `ringcentral/schedule/${name}/${tenantId}`;

/** A job id without ':' (BullMQ reserves it), unique per job, tenant and run time. */
export function scheduledJobId(name: string, tenantId: string, suffix: string | number): string {
  return [name, tenantId, String(suffix)].map(encode).join('.');
}

/**
 * Schedules the next link of a repeating job: records `runAt` as the current link in the
 * CheckpointStore and enqueues the job with that delay. Older links still in a durable queue (a
 * restart, a second instance) see they are no longer current and stop, so a chain never forks.
 */
export async function scheduleNext(
  runtime: ProviderRuntime,
  name: string,
  tenantId: string,
  runAt: number,
): Promise<void> {
  await runtime.checkpoints.set(scheduleKey(name, tenantId), runAt);
  await runtime.jobs.enqueue<ScheduledJobData>(
    name,
    { tenantId, runAt },
    {
      jobId: scheduledJobId(name, tenantId, runAt),
      delayMs: Math.max(0, runAt - runtime.now()),
      attempts: 1,
    },
  );
}

/** True when `job` is the current link of its chain (reminder jobs always are). */
export async function isCurrentLink(
  runtime: ProviderRuntime,
  name: string,
  data: ScheduledJobData,
): Promise<boolean> {
  if (data.reason === 'reminder') return true;
  const current = await runtime.checkpoints.get<number>(scheduleKey(name, data.tenantId));
  return current === null || current === data.runAt;
}
