// Starts the same embedded PostgreSQL that `npm start` uses (./.data/postgres), for dev tooling that needs a
// DATABASE_URL while the API restarts around it. Uses the API's own built helpers, so there is one implementation.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);

export async function startLocalDatabase() {
  // Before loadConfig, which refuses DATABASE_URL without the API's secrets: a migration does not need them.
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, secrets: {}, stop: async () => {} };
  const { loadConfig } = await dist('core/config/app-config.js');
  const env = loadConfig();
  const { loadOrCreateLocalSecrets } = await dist('core/database/local-secrets.js');
  const { startEmbeddedPostgres } = await dist('core/database/embedded-postgres.js');
  const { EMBEDDED_DATABASE_NAME } = await dist('core/database/database-setup.js');
  const dataDir = resolve(root, env.DATA_DIR);
  const secrets = loadOrCreateLocalSecrets(dataDir);
  const server = await startEmbeddedPostgres({
    directory: join(dataDir, 'postgres'),
    port: env.EMBEDDED_PG_PORT,
    password: secrets.databasePassword,
    persistent: true,
  });
  await server.createDatabase(EMBEDDED_DATABASE_NAME);
  // The API refuses DATABASE_URL without explicit secrets; these are the ones `npm start` uses on this data folder.
  const apiSecrets = { JWT_SECRET: secrets.jwtSecret, FIELD_ENCRYPTION_KEY: secrets.fieldEncryptionKey };
  return { url: server.urlFor(EMBEDDED_DATABASE_NAME), secrets: apiSecrets, stop: () => server.stop() };
}
