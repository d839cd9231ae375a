// Starts the same embedded PostgreSQL that `npm start` uses (./.data/postgres), for dev tooling that needs a
// DATABASE_URL while the API restarts around it. Uses the API's own built helpers, so there is one implementation.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);

export async function startLocalDatabase() {
  const { loadConfig } = await dist('core/config/app-config.js');
  const env = loadConfig();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
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
  return { url: server.urlFor(EMBEDDED_DATABASE_NAME), stop: () => server.stop() };
}
