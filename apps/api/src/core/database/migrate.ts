import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * Session advisory lock held around `prisma migrate deploy`. Prisma takes its own lock (72707369) but gives up after
 * 10 s, so of two replicas starting together on a fresh database one exited while the other was still migrating.
 * Waiting on ours instead, the second runs Prisma only once the first is done, and finds nothing pending.
 */
export const MIGRATION_LOCK_KEY = 2_026_120_415;
/** Long enough for any migration we ship on a large database; a start that waited this long says so and stops. */
const MIGRATION_LOCK_WAIT_MS = 15 * 60_000;

/** The repository root: the folder that holds prisma.config.ts, found upward from this file. */
export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'prisma.config.ts'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('prisma.config.ts not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/**
 * Applies pending migrations with Prisma's own `migrate deploy` (JavaScript migration engine, see
 * prisma.config.ts), so the app, the tests and an operator all use the one supported path. Waits, up to
 * `lockWaitMs`, for another process that is migrating the same database.
 */
export async function applyMigrations(databaseUrl: string, options: { lockWaitMs?: number } = {}): Promise<string> {
  const lockWaitMs = options.lockWaitMs ?? MIGRATION_LOCK_WAIT_MS;
  const session = new pg.Client({ connectionString: databaseUrl, application_name: 'pos-portal migrate' });
  // A connection lost while Prisma runs only drops the lock; Prisma's own result still decides.
  session.on('error', () => undefined);
  await session.connect();
  try {
    await session.query(`SELECT set_config('lock_timeout', $1, false)`, [`${lockWaitMs}ms`]);
    try {
      await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    } catch (error) {
      if ((error as { code?: string }).code !== '55P03') throw error;
      throw new Error(
        `Waited ${lockWaitMs / 1000} s for another process's database migration to finish (PostgreSQL advisory lock ` +
          `${MIGRATION_LOCK_KEY} on database ${databaseName(databaseUrl)}) and gave up. If no migration is running, ` +
          `find the session holding the lock: SELECT pid, application_name, client_addr FROM pg_locks JOIN pg_stat_activity ` +
          `USING (pid) WHERE locktype = 'advisory' AND objid = ${MIGRATION_LOCK_KEY}`,
        { cause: error },
      );
    }
    return await prismaMigrateDeploy(databaseUrl);
  } finally {
    // Ending the session releases the lock.
    await session.end().catch(() => undefined);
  }
}

async function prismaMigrateDeploy(databaseUrl: string): Promise<string> {
  const root = repositoryRoot();
  const prismaCli = createRequire(join(root, 'package.json')).resolve('prisma/build/index.js');
  const { stdout } = await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout;
}

/**
 * For MIGRATE_ON_START=false, where an operator applies migrations as a release step (`npm run db:migrate:deploy`):
 * refuses a database that lacks a migration this build ships, or has one that failed part-way, rather than running
 * code against a schema it was not written for. Compares Prisma's own bookkeeping table with prisma/migrations.
 */
export async function assertMigrationsApplied(databaseUrl: string): Promise<void> {
  const shipped = shippedMigrations();
  const session = new pg.Client({ connectionString: databaseUrl, application_name: 'pos-portal migrate check' });
  await session.connect();
  let rows: { migration_name: string; finished: boolean; rolled_back: boolean }[] = [];
  try {
    const { rows: table } = await session.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
    if (table[0]?.present) {
      ({ rows } = await session.query(
        `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM "_prisma_migrations"`,
      ));
    }
  } finally {
    await session.end();
  }
  const failed = rows.filter((row) => !row.finished && !row.rolled_back).map((row) => row.migration_name);
  if (failed.length > 0) {
    throw new Error(
      `Migration ${failed.join(', ')} failed part-way in database ${databaseName(databaseUrl)}. Resolve it ` +
        '(see `npx prisma migrate resolve`) before starting the portal.',
    );
  }
  const applied = new Set(rows.filter((row) => row.finished && !row.rolled_back).map((row) => row.migration_name));
  const pending = shipped.filter((name) => !applied.has(name));
  if (pending.length > 0) {
    throw new Error(
      `The database has ${pending.length} migration${pending.length === 1 ? '' : 's'} not applied (MIGRATE_ON_START=false): ` +
        `${pending.join(', ')}. Apply them with \`npm run db:migrate:deploy\` (DATABASE_URL set to this database) first, ` +
        'or start with MIGRATE_ON_START=true.',
    );
  }
}

/** The migration folders of prisma/migrations (the path set in prisma.config.ts), as Prisma names them. */
function shippedMigrations(): string[] {
  const folder = join(repositoryRoot(), 'prisma/migrations');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

function databaseName(databaseUrl: string): string {
  try {
    return decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || '(default)';
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
