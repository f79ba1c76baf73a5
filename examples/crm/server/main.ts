import { createServer, type RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { createAuth } from './auth.js';
import { buildBridge } from './bridge.js';
import { readConfig } from './config.js';
import { openDatabase } from './db.js';
import { consoleLogger } from './logger.js';
import { startSimulator } from './simulator.js';

const config = readConfig(process.argv.slice(2));
// The defaults are public (they are in this repository): fine on 127.0.0.1, never on a network.
const defaults = [
  ['RINGOVER_WEBHOOK_SECRET', 'ringover-dev-secret'],
  ['RINGCENTRAL_VERIFICATION_TOKEN', 'rc-dev-verification-token'],
  ['CALLBRIDGE_JWT_SECRET', 'callbridge-dev-jwt-secret-change-me'],
  ['CALLBRIDGE_STREAM_TOKEN_SECRET', 'callbridge-dev-stream-token-secret-change-me'],
].filter(([name]) => !process.env[name as string]);
if (defaults.length > 0 && !['127.0.0.1', 'localhost', '::1'].includes(config.host)) {
  console.warn(
    `WARNING: the demo listens on ${config.host} with the public default ${defaults.map(([n]) => n).join(', ')}: anyone who can reach it can post webhooks and sign in. Set them, or keep HOST=127.0.0.1.`,
  );
}
const logger = consoleLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info');

// Listen before opening the database: a second demo started on a busy port stops here, before it
// touches the PGlite files the first one is using. Until the app is ready, requests get 503.
let handle: RequestListener = (_req, res) => {
  res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('Starting.\n');
};
const server = createServer((req, res) => handle(req, res));
try {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${config.port} on ${config.host} is already in use: stop the other server, or start the demo on another port (PORT=3900).`
      : `The demo cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`,
  );
  process.exit(1);
}

const db = await openDatabase(config);
const auth = createAuth(config.jwtSecret);
const { bridge, redis } = buildBridge(config, db, auth, logger);
await bridge.start();

const webDir = fileURLToPath(new URL('../dist-web', import.meta.url));
handle = buildApp({ bridge, auth, jwtSecret: config.jwtSecret, webDir });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const base = `http://${config.host}:${port}`;
console.log(
  `callbridge reference CRM on ${base}  (storage: ${db.engine}${redis ? ' + redis' : ''}, simulator: ${config.simulate ? 'on' : 'off'})`,
);
const simulator = config.simulate
  ? startSimulator({
      baseUrl: base,
      ringoverSecret: config.ringoverSecret,
      ringcentralVerificationToken: config.ringcentralVerificationToken,
      ringcentralAccountId: config.ringcentralAccountId,
      logger,
    })
  : null;

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info(`received ${signal}, shutting down`);
  simulator?.stop();
  // Stop accepting connections, let the bridge finish the webhooks it is storing and end the SSE
  // streams, then drop whatever connection is left, and only then close the stores.
  server.close();
  await bridge.close();
  server.closeAllConnections();
  await redis?.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
