import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { applyMigrations, assertMigrationsApplied } from './migrate.js';

export interface DatabaseHandle {
  url: string;
  /** The embedded server, when we started one; stopped on shutdown. */
  embedded?: EmbeddedDatabase;
}

export const EMBEDDED_DATABASE_NAME = 'pos';

/**
 * With DATABASE_URL, use that server. Without it, run an embedded PostgreSQL under DATA_DIR/postgres.
 * Either way, the schema is up to date before the app accepts requests: migrated here, or, with
 * MIGRATE_ON_START=false, checked to have been migrated by the release step.
 */
export async function prepareDatabase(env: AppConfig, password: string, log: (message: string) => void): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (env.DATABASE_URL) {
    handle = { url: env.DATABASE_URL };
  } else {
    const directory = join(resolve(env.DATA_DIR), 'postgres');
    log(`Starting embedded PostgreSQL in ${directory} on 127.0.0.1:${env.EMBEDDED_PG_PORT}`);
    const embedded = await startEmbeddedPostgres({ directory, port: env.EMBEDDED_PG_PORT, password, persistent: true, announce: log });
    await embedded.createDatabase(EMBEDDED_DATABASE_NAME);
    handle = { url: embedded.urlFor(EMBEDDED_DATABASE_NAME), embedded };
  }
  if (env.MIGRATE_ON_START === 'true') {
    const output = await applyMigrations(handle.url);
    log(output.includes('No pending migrations') ? 'Database schema is up to date' : 'Database migrations applied');
  } else {
    await assertMigrationsApplied(handle.url);
    log('Database schema is up to date');
  }
  return handle;
}
