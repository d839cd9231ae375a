import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/core/database/embedded-postgres.js';

const MODULE = fileURLToPath(new URL('../../src/core/database/embedded-postgres.ts', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/embedded-postgres-child.mjs', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** True while the PID is a live process (a zombie counts as gone: it holds nothing any more). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync(`/proc/${pid}/stat`)) return existsSync('/proc/self/stat') ? false : true;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 200 && isRunning(pid); i++) await sleep(50);
}

function postmasterPid(directory: string): number | undefined {
  const file = join(directory, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** The start's rejection, which must be an Error: vitest's `rejects.toThrow(pattern)` also passes on `undefined`. */
async function failureOf(start: Promise<unknown>): Promise<Error> {
  const outcome = await start.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  expect(outcome, 'the start should have failed').toBeDefined();
  expect(outcome!.error).toBeInstanceOf(Error);
  return outcome!.error as Error;
}

async function answers(database: EmbeddedDatabase): Promise<number> {
  const client = new pg.Client({ connectionString: database.serverUrl });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let directory: string;
  let port: number;
  let child: ChildProcess | undefined;
  let database: EmbeddedDatabase | undefined;
  let blocker: Server | undefined;

  /** Runs the embedded PostgreSQL in another Node process, as the API would, and resolves once it accepts connections. */
  function startInChild(): Promise<ChildProcess> {
    const started = spawn(process.execPath, [CHILD, MODULE, directory, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let output = '';
    return new Promise((resolve, reject) => {
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready')) resolve(started);
      });
      started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.once('exit', (code) => reject(new Error(`the child exited (${code}) before PostgreSQL was up: ${output}`)));
    });
  }

  async function killChild(): Promise<void> {
    const pid = child!.pid!;
    child!.kill('SIGKILL');
    await waitUntilGone(pid);
  }

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'pos-test-restart-'));
    port = await freePort();
  });

  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    await database?.stop();
    database = undefined;
    await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
    blocker = undefined;
    // Whatever a failed test left running in the folder, and the socket lock file of a server killed with it.
    const lockFile = join(directory, 'postmaster.pid');
    if (existsSync(lockFile)) {
      const [pidLine, , , serverPort, socketDirectory] = readFileSync(lockFile, 'utf8').split('\n');
      const pid = Number(pidLine);
      if (isRunning(pid)) {
        process.kill(pid, 'SIGINT');
        await waitUntilGone(pid);
        if (isRunning(pid)) process.kill(pid, 'SIGKILL');
        await waitUntilGone(pid);
      }
      for (const file of [`.s.PGSQL.${serverPort}`, `.s.PGSQL.${serverPort}.lock`]) rmSync(join(socketDirectory!, file), { force: true });
    }
    rmSync(directory, { recursive: true, force: true });
  });

  it('stops the server a killed API left running and starts on the same folder and port', { timeout: 120_000 }, async () => {
    await startInChild();
    const orphan = postmasterPid(directory)!;
    await killChild();
    expect(isRunning(orphan)).toBe(true);

    database = await startEmbeddedPostgres({ directory, port, password: 'test', persistent: false });

    expect(await answers(database)).toBe(1);
    expect(isRunning(orphan)).toBe(false);
  });

  it('starts after the API and its server were both killed, over the lock file they left', { timeout: 120_000 }, async () => {
    await startInChild();
    const server = postmasterPid(directory)!;
    await killChild();
    process.kill(server, 'SIGKILL');
    await waitUntilGone(server);
    expect(existsSync(join(directory, 'postmaster.pid'))).toBe(true);

    database = await startEmbeddedPostgres({ directory, port, password: 'test', persistent: false });

    expect(await answers(database)).toBe(1);
  });

  it('leaves the lock file of a process that no longer exists to PostgreSQL, which starts over it', { timeout: 120_000 }, async () => {
    const first = await startEmbeddedPostgres({ directory, port, password: 'test', persistent: true });
    const lockFile = readFileSync(join(directory, 'postmaster.pid'), 'utf8');
    await first.stop();
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(directory, 'postmaster.pid'), lockFile.replace(/^\d+/, String(exited)));

    database = await startEmbeddedPostgres({ directory, port, password: 'test', persistent: false });

    expect(await answers(database)).toBe(1);
  });

  it('refuses to touch a server that a running process still uses', { timeout: 120_000 }, async () => {
    await startInChild();

    const failure = await failureOf(startEmbeddedPostgres({ directory, port, password: 'test', persistent: false }));

    expect(failure.message).toMatch(new RegExp(`belongs to another running process \\(PID ${child!.pid}\\)`));
  });

  it('names the port and EMBEDDED_PG_PORT when another program listens on the port', { timeout: 120_000 }, async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(port, '127.0.0.1', resolve));

    const failure = await failureOf(startEmbeddedPostgres({ directory, port, password: 'test', persistent: false }));

    expect(failure.message).toMatch(new RegExp(`Port ${port} .*in use.*EMBEDDED_PG_PORT`));
  });

  it("puts the server's own reason into the error when it fails to start", { timeout: 120_000 }, async () => {
    const first = await startEmbeddedPostgres({ directory, port, password: 'test', persistent: true });
    await first.stop();
    appendFileSync(join(directory, 'postgresql.conf'), '\nno_such_setting = on\n');

    const failure = await failureOf(startEmbeddedPostgres({ directory, port, password: 'test', persistent: false }));

    expect(failure.message).toMatch(/did not start: .*unrecognized configuration parameter "no_such_setting"/s);
    expect(failure.message).not.toMatch(/undefined/);
  });
});
