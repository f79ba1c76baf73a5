// Runs the pnpm that launched this script (works under `npx pnpm@10 ...` with no global pnpm).
import { spawnSync } from 'node:child_process';

export function pnpm(args, options = {}) {
  const execPath = process.env.npm_execpath;
  const [cmd, argv] =
    execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath, ...args]] : ['pnpm', args];
  const res = spawnSync(cmd, argv, { stdio: 'inherit', ...options });
  if (res.status !== 0) {
    console.error(`pnpm ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}
