import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config/app-config.js';
import { prepareDatabase } from '../../src/core/database/database-setup.js';
import { applyMigrations, MIGRATION_LOCK_KEY, repositoryRoot } from '../../src/core/database/migrate.js';

const run = promisify(execFile);
const MIGRATIONS = readdirSync(join(repositoryRoot(), 'prisma/migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const SECRETS = { JWT_SECRET: 'j'.repeat(32), FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64') };

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** An empty database on the test server: no schema, no migrations table. */
async function emptyDatabase(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  const name = `migrate_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  expect(outcome, 'it should have failed').toBeDefined();
  expect(outcome!.error).toBeInstanceOf(Error);
  return outcome!.error as Error;
}

describe(applyMigrations.name, () => {
  const held: pg.Client[] = [];
  afterEach(async () => {
    for (const client of held.splice(0)) await client.end();
  });

  it('lets two starts migrate one fresh database at the same moment: the second waits, then finds nothing pending', { timeout: 300_000 }, async () => {
    const url = await emptyDatabase();

    const outputs = await Promise.all([applyMigrations(url), applyMigrations(url)]);

    expect(outputs.filter((output) => output.includes('No pending migrations'))).toHaveLength(1);
    const applied = await withClient(url, async (client) => {
      const { rows } = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      );
      return rows.map((row) => row.migration_name);
    });
    expect(applied).toEqual(MIGRATIONS);
  });

  it('gives up with a clear message when another session holds the migration lock past the wait', { timeout: 60_000 }, async () => {
    const url = await emptyDatabase();
    const holder = new pg.Client({ connectionString: url });
    held.push(holder);
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);

    const failure = await failureOf(applyMigrations(url, { lockWaitMs: 500 }));

    expect(failure.message).toMatch(/^Waited 0\.5 s for another process's database migration/);
    expect(failure.message).toContain(String(MIGRATION_LOCK_KEY));
  });
});

describe('MIGRATE_ON_START=false', () => {
  it('refuses to start while migrations are pending, naming them, and starts once db:migrate:deploy has run', { timeout: 300_000 }, async () => {
    const url = await emptyDatabase();
    const env = loadConfig({ DATABASE_URL: url, MIGRATE_ON_START: 'false', ...SECRETS });
    const said: string[] = [];

    const failure = await failureOf(prepareDatabase(env, '', (message) => said.push(message)));
    expect(failure.message).toMatch(/^The database has \d+ migrations? not applied/);
    expect(failure.message).toContain(MIGRATIONS.at(-1));
    expect(failure.message).toContain('npm run db:migrate:deploy');
    expect(await withClient(url, (client) => client.query("SELECT to_regclass('_prisma_migrations') AS t")).then((r) => r.rows[0].t)).toBeNull();

    await run('npm', ['run', '--silent', 'db:migrate:deploy'], { cwd: repositoryRoot(), env: { ...process.env, DATABASE_URL: url } });

    await expect(prepareDatabase(env, '', (message) => said.push(message))).resolves.toEqual({ url });
    expect(said).toEqual(['Database schema is up to date']);
  });
});
