/**
 * How far the server's clock is ahead of the browser's, in ms, from the `Date` header of the
 * stream's last answer (1 s resolution); 0 when it had none (a cross-origin stream exposes it only
 * with `Access-Control-Expose-Headers: Date`). Call ages count from `Date.now() + clock.skewMs`.
 */
export const clock = { skewMs: 0 };
