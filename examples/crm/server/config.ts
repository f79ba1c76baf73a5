import { resolve } from 'node:path';

/** Everything the reference app reads from the environment (documented in README.md). */
export interface AppConfig {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  ringoverSecret: string;
  ringcentralVerificationToken: string;
  ringcentralAccountId: string;
  jwtSecret: string;
  /** `stream.tokenSecret`: the key of the `?token=` stream tokens, not the login tokens'. */
  streamTokenSecret: string;
  simulate: boolean;
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  }
  const host = env.HOST ?? '127.0.0.1';
  const simulate = !argv.includes('--no-simulate') && env.SIMULATE !== '0' && env.SIMULATE !== 'false';
  return {
    port,
    host,
    publicUrl: env.PUBLIC_URL ?? `http://${host}:${port}`,
    dataDir: resolve(env.DATA_DIR ?? new URL('../.data', import.meta.url).pathname),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    ringoverSecret: env.RINGOVER_WEBHOOK_SECRET ?? 'ringover-dev-secret',
    ringcentralVerificationToken: env.RINGCENTRAL_VERIFICATION_TOKEN ?? 'rc-dev-verification-token',
    ringcentralAccountId: env.RINGCENTRAL_ACCOUNT_ID ?? '400131234008',
    jwtSecret: env.CALLBRIDGE_JWT_SECRET ?? 'callbridge-dev-jwt-secret-change-me',
    streamTokenSecret: env.CALLBRIDGE_STREAM_TOKEN_SECRET ?? 'callbridge-dev-stream-token-secret-change-me',
    simulate,
  };
}
