// Finds the real servers and the browser the test suites can use. Shared by test.mjs and .ci/run.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

export function reachable(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/** Returns { env, skipped } : env vars that switch real-server suites on, and what is skipped. */
export async function detectServices() {
  const env = {};
  const skipped = [];
  const pgUrl = process.env.CALLBRIDGE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const redisUrl = process.env.CALLBRIDGE_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const pg = new URL(pgUrl);
  const redis = new URL(redisUrl);
  if (await reachable(pg.hostname, Number(pg.port || 5432))) env.CALLBRIDGE_PG_URL = pgUrl;
  else {
    env.CALLBRIDGE_PG_URL = ''; // the suites read an empty URL as "skip"
    skipped.push(`PostgreSQL suites: nothing answers at ${pg.hostname}:${pg.port || 5432}`);
  }
  if (await reachable(redis.hostname, Number(redis.port || 6379))) env.CALLBRIDGE_REDIS_URL = redisUrl;
  else {
    env.CALLBRIDGE_REDIS_URL = '';
    skipped.push(`Redis and BullMQ suites: nothing answers at ${redis.hostname}:${redis.port || 6379}`);
  }
  const chromium = chromiumPath();
  if (chromium) env.CALLBRIDGE_CHROMIUM = chromium;
  else {
    env.CALLBRIDGE_CHROMIUM = '';
    skipped.push('browser test: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
  }
  return { env, skipped };
}
