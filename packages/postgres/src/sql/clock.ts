/** A clock in milliseconds since the epoch, like core's in-memory stores take. */
export type Clock = () => number;

/**
 * The SQL for "now" with an optional injected clock: `COALESCE($n::text::timestamptz, now())`.
 * Pass `clockParam(clock)` as parameter `$n`: null (the database clock `clock_timestamp()`, shared by every instance)
 * unless a clock was given (tests).
 */
export function nowSql(n: number): string {
  return `COALESCE($${n}::text::timestamptz, clock_timestamp())`;
}

/** The parameter for `nowSql`: the clock's time as ISO, or null for the database clock. */
export function clockParam(clock: Clock | undefined): string | null {
  return clock ? new Date(clock()).toISOString() : null;
}
